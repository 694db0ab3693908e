import type { RouteHandler } from '@hono/zod-openapi'
import type { TaskItem } from '@platform/contracts'
import { notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { and, eq, gt, gte, inArray, lt, lte } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { BRANCH_RULES, stationRules } from '../../config'
import { createDb } from '../../db'
import { checklistItem, taskItem, taskTemplate } from '../../db/schema'
import { openDisputes } from '../../peers'
import { meetingsBetween } from '../../rules/meeting-calendar'
import { addDays, localDate } from '../../rules/shanghai-time'
import { checkProgress, taskStatus } from '../../rules/task-completion'
import { ALL_CADENCES, CADENCES_OF_VIEW, viewWindow } from '../../rules/task-periods'
import { ensureLists, parseChecked, progressOf, selectItems, toTaskItems } from '../../tasks/task-lists'
import { answerOnce, auditBy } from '../shared/answer-once'
import { findMe } from '../shared/me'
import { findStationConfig } from '../shared/officer-in-scope'
import type { dailyReminderRoute, myTasksRoute, taskProgressRoute } from './tasks.routes'

const today = () => localDate(Date.now())

export const getMyTasks: RouteHandler<typeof myTasksRoute, AppEnv> = async (c) => {
  const { period, date } = c.req.valid('query')
  const db = createDb(c.env)
  const me = await findMe(c, db)
  const now = today()
  const { from, to } = viewWindow(period, date ?? now)
  const cadences = CADENCES_OF_VIEW[period]
  // Only the current periods are made on read: a past list is what it was, a future one is not due yet.
  if (from <= now && now <= to) await ensureLists(db, [me], cadences, { from: now, to: now }, auditBy(c))
  const [rows, config] = await Promise.all([
    selectItems(
      db,
      and(
        eq(taskItem.officerId, me.id),
        inArray(taskTemplate.cadence, [...cadences]),
        gte(taskItem.periodStart, from),
        lte(taskItem.periodEnd, to),
      ),
    ),
    findStationConfig(db, me.stationId),
  ])
  const items = await toTaskItems(db, rows, now)
  const meetings = meetingsBetween(stationRules(config).meetings, from, to).map((m) => ({
    ...m,
    stationId: me.stationId,
  }))
  return c.json({ officerId: me.id, period, from, to, items, meetings, progress: progressOf(items) }, 200)
}

export const getDailyReminder: RouteHandler<typeof dailyReminderRoute, AppEnv> = async (c) => {
  const { date: asked } = c.req.valid('query')
  const db = createDb(c.env)
  const me = await findMe(c, db)
  const now = today()
  const date = asked ?? now
  if (date === now) await ensureLists(db, [me], ALL_CADENCES, { from: now, to: now }, auditBy(c))
  const mine = eq(taskItem.officerId, me.id)
  const [due, overdue, upcoming, config, disputes] = await Promise.all([
    selectItems(db, and(mine, eq(taskItem.periodEnd, date))),
    selectItems(db, and(mine, eq(taskItem.status, 'open'), lt(taskItem.periodEnd, date)), BRANCH_RULES.overdueShown),
    selectItems(
      db,
      and(
        mine,
        eq(taskItem.status, 'open'),
        gt(taskItem.periodEnd, date),
        lte(taskItem.periodEnd, addDays(date, BRANCH_RULES.upcomingDays)),
      ),
    ),
    findStationConfig(db, me.stationId),
    openDisputes(c.env, me.id),
  ])
  const [dueItems, overdueItems, upcomingItems] = await Promise.all([
    toTaskItems(db, due, now),
    toTaskItems(db, overdue, date),
    toTaskItems(db, upcoming, now),
  ])
  return c.json(
    {
      officerId: me.id,
      date,
      due: dueItems,
      overdue: overdueItems,
      upcoming: upcomingItems,
      meetings: meetingsBetween(stationRules(config).meetings, date, date).map((m) => ({
        ...m,
        stationId: me.stationId,
      })),
      disputes: { available: disputes !== null, items: disputes ?? [] },
    },
    200,
  )
}

export const recordProgress: RouteHandler<typeof taskProgressRoute, AppEnv> = async (c) => {
  const { id } = c.req.valid('param')
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const me = await findMe(c, db)
  return answerOnce(c, 'task.progress', { id, ...body }, async (remember) => {
    const [row] = await selectItems(db, and(eq(taskItem.id, id), eq(taskItem.officerId, me.id)))
    // Another officer's item is unknown here, like an id that does not exist.
    if (!row) throw notFound(`Task ${id}`)
    const positions =
      row.template.checklistId === null
        ? []
        : (
            await db
              .select({ position: checklistItem.position })
              .from(checklistItem)
              .where(eq(checklistItem.checklistId, row.template.checklistId))
          ).map((r) => r.position)
    const now = today()
    const refusal = checkProgress(
      { periodStart: row.item.periodStart, evidence: row.template.evidence, checklist: positions },
      body.checked,
      now,
    )
    if (refusal) throw ruleBroken(refusal.rule, refusal.message, refusal.details)
    const before = row.item
    const checked =
      body.checked === undefined ? parseChecked(before.checked) : [...new Set(body.checked)].sort((a, b) => a - b)
    const note = body.note === undefined ? before.note : body.note === '' ? null : body.note
    const done = body.done ?? before.done
    const status = taskStatus({
      evidence: row.template.evidence,
      target: before.target,
      done,
      note,
      checked,
      checklist: positions,
    })
    const stamp = new Date().toISOString()
    const changed = {
      done,
      note,
      checked: JSON.stringify(checked),
      status,
      completedAt: status === 'done' ? (before.completedAt ?? stamp) : null,
      updatedAt: stamp,
    }
    const after = { ...before, ...changed }
    const [item] = (await toTaskItems(db, [{ item: after, template: row.template }], now)) as [TaskItem]
    const answer = { status: 200, body: item }
    await writeWithAudit(
      db,
      [db.update(taskItem).set(changed).where(eq(taskItem.id, id)), ...(await remember(answer))],
      { ...auditBy(c), action: 'task.progress', entity: 'task_item', entityId: id, before, after },
    )
    return answer
  })
}
