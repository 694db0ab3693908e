import type { RouteHandler } from '@hono/zod-openapi'
import type { DutyReport } from '@platform/contracts'
import { ApiError, conflict } from '@platform/server-kit'
import { and, eq, ne } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { COMMUNITIES_CONFIG } from '../../config'
import { createDb } from '../../db'
import { defenceGroup, dutyProblem, dutyReport, shop } from '../../db/schema'
import { newId } from '../../new-id'
import { addDays, daysBetween, shanghaiDay } from '../../rules/calendar'
import { alwaysClosed, dutyShopProblems, escalationRefusal, needsSending } from '../../rules/duty'
import { maskOfWeekdays } from '../../rules/rota'
import { findGroup, shopsOf } from '../defence/defence.queries'
import { communityInScope, mustCover } from '../in-scope'
import { invalidField, stationOfRequest } from '../place-scope'
import { commit, createOnce, createRow } from '../write'
import {
  findProblem,
  findShop,
  gridOf,
  isDuplicateReport,
  reportsOf,
  toGroupRecord,
  toProblem,
  toReport,
  toShopRecord,
} from './duty.queries'
import type {
  addShopRoute,
  createGroupRoute,
  createReportRoute,
  escalateRoute,
  listReportsRoute,
  updateGroupRoute,
  updateShopRoute,
} from './duty.routes'
import { sendHandover } from './handover'

const closedDaysField = (days: readonly number[] | undefined) => {
  if (days && alwaysClosed(days))
    throw invalidField('json', 'closedWeekdays', 'always_closed', 'a shop closed every day could never serve')
}

/** Closing keeps the first day it closed (closing again changes nothing); reopening clears it. */
const closing = (closedOn: string | null, closed: boolean | undefined) => {
  if (closed === undefined || closed === (closedOn !== null)) return {}
  return { closedOn: closed ? shanghaiDay(new Date()) : null }
}

export const createGroup: RouteHandler<typeof createGroupRoute, AppEnv> = async (c) => {
  const input = c.req.valid('json')
  const db = createDb(c.env)
  const place = await communityInScope(db, c.var.scope, input.communityId)
  const stationId = stationOfRequest(c.var.scope, input.stationId ?? place.stationId) ?? place.stationId
  if (stationId !== place.stationId)
    throw invalidField('json', 'communityId', 'outside_station', "must lie in the group's station")
  const group = await createRow(c, db, {
    action: 'defence.group.create',
    entity: 'defence_group',
    request: input,
    row: () => ({
      id: newId(),
      stationId,
      communityId: input.communityId,
      nameZh: input.name.zh,
      nameEn: input.name.en,
      streetZh: input.street.zh,
      streetEn: input.street.en,
      rotaStart: input.rotaStart,
    }),
    insert: (row) => db.insert(defenceGroup).values(row),
    record: toGroupRecord,
  })
  return c.json(group, 201)
}

export const updateGroup: RouteHandler<typeof updateGroupRoute, AppEnv> = async (c) => {
  const { groupId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  const before = mustCover(c.var.scope, await findGroup(db, groupId), `Joint-defence group ${groupId}`)
  if (input.communityId) {
    const place = await communityInScope(db, c.var.scope, input.communityId)
    if (place.stationId !== before.stationId)
      throw invalidField('json', 'communityId', 'outside_station', "must lie in the group's station")
  }
  const changes = {
    ...(input.name ? { nameZh: input.name.zh, nameEn: input.name.en } : {}),
    ...(input.street ? { streetZh: input.street.zh, streetEn: input.street.en } : {}),
    ...(input.communityId ? { communityId: input.communityId } : {}),
  }
  const after = { ...before, ...changes }
  if (Object.keys(changes).length > 0)
    await commit(c, db, {
      statements: [db.update(defenceGroup).set(changes).where(eq(defenceGroup.id, groupId))],
      answer: { status: 200, body: null },
      audit: { action: 'defence.group.update', entity: 'defence_group', entityId: groupId, before, after },
    })
  return c.json(toGroupRecord(after), 200)
}

export const addShop: RouteHandler<typeof addShopRoute, AppEnv> = async (c) => {
  const { groupId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  mustCover(c.var.scope, await findGroup(db, groupId), `Joint-defence group ${groupId}`)
  closedDaysField(input.closedWeekdays)
  const added = await createRow(c, db, {
    action: 'defence.shop.create',
    entity: 'shop',
    request: { groupId, ...input },
    row: () => ({
      id: newId(),
      groupId,
      nameZh: input.name.zh,
      nameEn: input.name.en,
      position: input.position,
      closedWeekdays: maskOfWeekdays(input.closedWeekdays),
      staff: input.staff,
      closedOn: null,
    }),
    insert: (row) => db.insert(shop).values(row),
    record: toShopRecord,
  })
  return c.json(added, 201)
}

export const updateShop: RouteHandler<typeof updateShopRoute, AppEnv> = async (c) => {
  const { shopId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  const found = mustCover(c.var.scope, await findShop(db, shopId), `Shop ${shopId}`)
  closedDaysField(input.closedWeekdays)
  if (input.groupId) {
    const target = await findGroup(db, input.groupId)
    // Only within the station: a shop does not move to another station's street.
    if (!target || target.stationId !== found.stationId)
      throw invalidField('json', 'groupId', 'unknown_group', 'no such group in the station')
  }
  const changes = {
    ...(input.name ? { nameZh: input.name.zh, nameEn: input.name.en } : {}),
    ...(input.position !== undefined ? { position: input.position } : {}),
    ...(input.closedWeekdays ? { closedWeekdays: maskOfWeekdays(input.closedWeekdays) } : {}),
    ...(input.staff !== undefined ? { staff: input.staff } : {}),
    ...(input.groupId ? { groupId: input.groupId } : {}),
    ...closing(found.shop.closedOn, input.closed),
  }
  const after = { ...found.shop, ...changes }
  if (Object.keys(changes).length > 0)
    await commit(c, db, {
      statements: [db.update(shop).set(changes).where(eq(shop.id, shopId))],
      answer: { status: 200, body: null },
      audit: { action: 'defence.shop.update', entity: 'shop', entityId: shopId, before: found.shop, after },
    })
  return c.json(toShopRecord(after), 200)
}

export const createReport: RouteHandler<typeof createReportRoute, AppEnv> = async (c) => {
  const { groupId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  mustCover(c.var.scope, await findGroup(db, groupId), `Joint-defence group ${groupId}`)
  if (input.date > shanghaiDay(new Date()))
    throw invalidField('json', 'date', 'future_day', 'cannot report a day to come')
  const shops = await shopsOf(db, [groupId])
  const problems = dutyShopProblems(
    input.shopIds,
    shops.map((s) => s.id),
  )
  if (problems.length > 0)
    throw new ApiError(400, 'VALIDATION_FAILED', 'Invalid json: shopIds', { target: 'json', fields: problems })

  const exists = () =>
    conflict('DUTY_REPORT_EXISTS', `Group ${groupId} already reported ${input.date}`, { groupId, date: input.date })
  try {
    const answer = await createOnce(c, db, 'defence.report.create', { groupId, ...input }, async () => {
      const [earlier] = await db
        .select({ id: dutyReport.id })
        .from(dutyReport)
        .where(and(eq(dutyReport.groupId, groupId), eq(dutyReport.date, input.date)))
        .limit(1)
      if (earlier) throw exists()
      const report = {
        id: newId(),
        groupId,
        date: input.date,
        shopIds: input.shopIds,
        patrolDone: input.patrolDone,
        recordedBy: c.var.actor.userId,
      }
      const rows = input.problems.map((p) => ({
        id: newId(),
        reportId: report.id,
        kind: p.kind,
        description: p.description,
        escalation: 'none' as const,
        status: 'none' as const,
        officerId: null,
        gridId: null,
        taskId: null,
        disputeId: null,
        disputeReference: null,
        handoverFailure: null,
      }))
      return {
        statements: [
          db.insert(dutyReport).values(report),
          ...(rows.length ? [db.insert(dutyProblem).values(rows)] : []),
        ],
        answer: { status: 201, body: toReport(report, rows) },
        audit: { action: 'defence.report.create', entity: 'duty_report', entityId: report.id, after: report },
      }
    })
    return c.json(answer.body as DutyReport, 201)
  } catch (err) {
    if (isDuplicateReport(err)) throw exists()
    throw err
  }
}

export const listReports: RouteHandler<typeof listReportsRoute, AppEnv> = async (c) => {
  const { groupId } = c.req.valid('param')
  const query = c.req.valid('query')
  const to = query.to ?? shanghaiDay(new Date())
  const from = query.from ?? addDays(to, -29)
  if (to < from) throw invalidField('query', 'to', 'before_from', 'must not be before from')
  const { maxDays } = COMMUNITIES_CONFIG.rota
  if (daysBetween(from, to) + 1 > maxDays)
    throw invalidField('query', 'to', 'range_too_long', `at most ${maxDays} days per request`)
  const db = createDb(c.env)
  mustCover(c.var.scope, await findGroup(db, groupId), `Joint-defence group ${groupId}`)
  return c.json({ groupId, reports: await reportsOf(db, groupId, from, to) }, 200)
}

export const escalate: RouteHandler<typeof escalateRoute, AppEnv> = async (c) => {
  const { problemId } = c.req.valid('param')
  const { to } = c.req.valid('json')
  const db = createDb(c.env)
  const found = mustCover(c.var.scope, await findProblem(db, problemId), `Problem ${problemId}`)
  const before = found.problem
  if (escalationRefusal(before, to))
    throw conflict('PROBLEM_ALREADY_ESCALATED', `Problem ${problemId} was already handed over as ${before.escalation}`)
  // Sent (or closed) already: the same request again answers what is on record, nothing is sent twice.
  if (!needsSending(before)) return c.json(toProblem(before), 200)
  const gridId = before.gridId ?? (await gridOf(db, found.communityId))
  const result = await sendHandover(c.env, before, to, {
    stationId: found.stationId,
    communityId: found.communityId,
    gridId,
    reportedOn: found.reportedOn,
  })
  const after = { ...before, escalation: to, gridId, ...result }
  const { id: _, reportId: __, kind: ___, description: ____, ...changes } = after
  await commit(c, db, {
    statements: [
      db
        .update(dutyProblem)
        .set(changes)
        // A concurrent request that got the hand-over sent first is not undone by this one's failure.
        .where(and(eq(dutyProblem.id, problemId), ne(dutyProblem.status, 'sent'))),
    ],
    answer: { status: 200, body: null },
    audit: {
      action: before.escalation === 'none' ? `defence.problem.${to}` : `defence.problem.${to}.resend`,
      entity: 'duty_problem',
      entityId: problemId,
      before,
      after,
    },
  })
  const [stored] = await db.select().from(dutyProblem).where(eq(dutyProblem.id, problemId)).limit(1)
  return c.json(toProblem(stored ?? after), 200)
}
