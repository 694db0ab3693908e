import type { RouteHandler } from '@hono/zod-openapi'
import { ruleBroken, writeWithAudit } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { taskItem, taskTemplate } from '../../db/schema'
import { newId } from '../../new-id'
import { localDate } from '../../rules/shanghai-time'
import { planTemplateEdit } from '../../rules/template-versions'
import { answerOnce, auditBy } from '../shared/answer-once'
import {
  assertChecklistInReach,
  findWritableTemplate,
  type TemplateRow,
  templateColumns,
  toTemplate,
} from './plans.handlers'
import type { editTemplateRoute } from './plans.routes'

/**
 * Edits a template. Items point at the template row for their title, unit and evidence, so a row
 * that lists hold is never rewritten: it is retired and a new version starts with the next period.
 */
export const editTemplate: RouteHandler<typeof editTemplateRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const body = c.req.valid('json')
  const db = createDb(c.env)
  return answerOnce(c, 'task.template.edit', { id, ...body }, async (remember) => {
    const before = await findWritableTemplate(db, id, c.var.scope)
    await assertChecklistInReach(db, body.checklistId, before.stationId)
    const [held] = await db.select({ id: taskItem.id }).from(taskItem).where(eq(taskItem.templateId, id)).limit(1)
    const plan = planTemplateEdit(before, held !== undefined, localDate(Date.now()))
    if ('rule' in plan) throw ruleBroken(plan.rule as `RULE_${string}`, plan.message, { templateId: id })
    const by = auditBy(c)
    const fields = templateColumns(body)
    const entry = { ...by, action: 'task.template.edit', entity: 'task_template' }
    if (plan.how === 'in_place') {
      const after: TemplateRow = { ...before, ...fields }
      const answer = { status: 200, body: toTemplate(after) }
      await writeWithAudit(
        db,
        [db.update(taskTemplate).set(fields).where(eq(taskTemplate.id, id)), ...(await remember(answer))],
        { ...entry, entityId: id, before, after },
      )
      return answer
    }
    const version: TemplateRow = {
      ...before,
      ...fields,
      id: newId(),
      active: true,
      createdBy: by.actorId,
      createdAt: new Date().toISOString(),
      validFrom: plan.validFrom,
      replacesId: before.id,
    }
    const answer = { status: 201, body: toTemplate(version) }
    await writeWithAudit(
      db,
      [
        db.update(taskTemplate).set({ active: false }).where(eq(taskTemplate.id, id)),
        db.insert(taskTemplate).values(version),
        ...(await remember(answer)),
      ],
      { ...entry, entityId: version.id, before, after: version },
    )
    return answer
  })
}
