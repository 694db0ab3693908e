import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation, type Scope } from '@platform/auth'
import type { TaskTemplate, TaskTemplateEdit } from '@platform/contracts'
import { notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { and, asc, eq, inArray, isNull, ne, or } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { stationRules } from '../../config'
import { createDb, type Db } from '../../db'
import { checklist, officer, stationConfig, taskTemplate, team } from '../../db/schema'
import { daysIn } from '../../figures/rpc-figures'
import { newId } from '../../new-id'
import { meetingsBetween } from '../../rules/meeting-calendar'
import { localDate } from '../../rules/shanghai-time'
import { periodOf } from '../../rules/task-periods'
import { HANDOVER_AUTHOR } from '../../tasks/duty-problem-task'
import { loadChecklists } from '../../tasks/task-lists'
import { answerOnce, auditBy } from '../shared/answer-once'
import type { createTemplateRoute, listTemplatesRoute, meetingsRoute, retireTemplateRoute } from './plans.routes'

export type TemplateRow = typeof taskTemplate.$inferSelect

/** What a template says, as its columns (on creation and on each edit). */
export const templateColumns = (body: TaskTemplateEdit) => ({
  kind: body.kind,
  cadence: body.cadence,
  titleZh: body.title.zh,
  titleEn: body.title.en,
  target: body.target,
  unitZh: body.unit.zh,
  unitEn: body.unit.en,
  evidence: body.evidence,
  checklistId: body.checklistId ?? null,
  dedicatedOnly: body.dedicatedOnly ?? true,
})

/** A template's checklist is branch-wide or the same station's; any other is unknown here. */
export async function assertChecklistInReach(db: Db, checklistId: string | undefined, stationId: string | null) {
  if (checklistId === undefined) return
  const [list] = await db.select().from(checklist).where(eq(checklist.id, checklistId)).limit(1)
  if (!list || (list.stationId !== null && list.stationId !== stationId)) throw notFound(`Checklist ${checklistId}`)
}

export const toTemplate = (row: TemplateRow): TaskTemplate => ({
  id: row.id,
  stationId: row.stationId,
  kind: row.kind,
  cadence: row.cadence,
  title: { zh: row.titleZh, en: row.titleEn },
  target: row.target,
  unit: { zh: row.unitZh, en: row.unitEn },
  evidence: row.evidence,
  checklistId: row.checklistId,
  dedicatedOnly: row.dedicatedOnly,
  active: row.active,
  createdAt: row.createdAt,
  validFrom: row.validFrom,
  replacesId: row.replacesId,
})

export const listTemplates: RouteHandler<typeof listTemplatesRoute, AppEnv> = async (c) => {
  const { station } = c.req.valid('query')
  const scope = c.var.scope
  const stationId = scope.level === 'branch' ? station : (station ?? scope.stationId)
  if (!coversStation(scope, stationId)) throw notFound(`Station ${station ?? ''}`.trim())
  const db = createDb(c.env)
  // A station sees its own and the branch-wide ones; the branch without a station sees all.
  const [templates, checklists] = await Promise.all([
    db
      .select()
      .from(taskTemplate)
      .where(
        and(
          // A problem handed over from joint-defence duty has a one-off template of its own: not a plan.
          ne(taskTemplate.createdBy, HANDOVER_AUTHOR),
          stationId === undefined
            ? undefined
            : or(isNull(taskTemplate.stationId), eq(taskTemplate.stationId, stationId)),
        ),
      )
      .orderBy(asc(taskTemplate.cadence), asc(taskTemplate.titleEn)),
    loadChecklists(
      db,
      stationId === undefined ? undefined : or(isNull(checklist.stationId), eq(checklist.stationId, stationId)),
    ),
  ])
  return c.json({ templates: templates.map(toTemplate), checklists: [...checklists.values()] }, 200)
}

export const createTemplate: RouteHandler<typeof createTemplateRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  const scope = c.var.scope
  const stationId = scope.level === 'branch' ? (body.stationId ?? null) : (body.stationId ?? scope.stationId ?? null)
  // A station head writes the own station's plan only; another station is unknown here.
  if (scope.level !== 'branch' && (stationId === null || !coversStation(scope, stationId)))
    throw notFound(`Station ${body.stationId ?? ''}`.trim())
  const db = createDb(c.env)
  await assertChecklistInReach(db, body.checklistId, stationId)
  return answerOnce(c, 'task.template.create', body, async (remember) => {
    const by = auditBy(c)
    const row: TemplateRow = {
      id: newId(),
      stationId,
      ...templateColumns(body),
      active: true,
      createdBy: by.actorId,
      createdAt: new Date().toISOString(),
      validFrom: null,
      replacesId: null,
    }
    const answer = { status: 201, body: toTemplate(row) }
    await writeWithAudit(db, [db.insert(taskTemplate).values(row), ...(await remember(answer))], {
      ...by,
      action: 'task.template.create',
      entity: 'task_template',
      entityId: row.id,
      after: row,
    })
    return answer
  })
}

/** A template the author may change: branch-wide ones are the branch's; a station's, its head's (or the branch's). */
export async function findWritableTemplate(db: Db, id: string, scope: Scope): Promise<TemplateRow> {
  const [row] = await db.select().from(taskTemplate).where(eq(taskTemplate.id, id)).limit(1)
  const reachable = row && (scope.level === 'branch' || (row.stationId !== null && coversStation(scope, row.stationId)))
  if (!row || !reachable) throw notFound(`Task template ${id}`)
  return row
}

export const retireTemplate: RouteHandler<typeof retireTemplateRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const scope = c.var.scope
  const db = createDb(c.env)
  const before = await findWritableTemplate(db, id, scope)
  const after = { ...before, active: false }
  if (before.active)
    await writeWithAudit(db, [db.update(taskTemplate).set({ active: false }).where(eq(taskTemplate.id, id))], {
      ...auditBy(c),
      action: 'task.template.retire',
      entity: 'task_template',
      entityId: id,
      before,
      after,
    })
  return c.json(toTemplate(after), 200)
}

/** Stations the officers worker knows: those with officers, teams or their own settings. */
async function knownStations(db: Db): Promise<string[]> {
  const [a, b, d] = await db.batch([
    db.selectDistinct({ stationId: officer.stationId }).from(officer),
    db.selectDistinct({ stationId: team.stationId }).from(team),
    db.select({ stationId: stationConfig.stationId }).from(stationConfig),
  ])
  return [...new Set([...a, ...b, ...d].map((row) => row.stationId))].sort()
}

const MAX_RANGE_DAYS = 366

export const listMeetings: RouteHandler<typeof meetingsRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const scope = c.var.scope
  const month = periodOf('monthly', localDate(Date.now()))
  const from = query.from ?? (query.to !== undefined ? periodOf('monthly', query.to).start : month.start)
  const to = query.to ?? periodOf('monthly', from).end
  if (to < from || daysIn(from, to) > MAX_RANGE_DAYS)
    throw ruleBroken('RULE_MEETING_RANGE', `The range runs from a date to a later one, at most ${MAX_RANGE_DAYS} days`)
  const asked = scope.level === 'branch' ? query.station : (query.station ?? scope.stationId)
  if (asked !== undefined && !coversStation(scope, asked)) throw notFound(`Station ${asked}`)
  const db = createDb(c.env)
  const stations = asked !== undefined ? [asked] : await knownStations(db)
  const configs = stations.length
    ? await db.select().from(stationConfig).where(inArray(stationConfig.stationId, stations))
    : []
  const configOf = new Map(configs.map((row) => [row.stationId, row]))
  const meetings = stations
    .flatMap((stationId) =>
      meetingsBetween(stationRules(configOf.get(stationId)).meetings, from, to).map((m) => ({ ...m, stationId })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.stationId.localeCompare(b.stationId))
  return c.json({ from, to, meetings }, 200)
}
