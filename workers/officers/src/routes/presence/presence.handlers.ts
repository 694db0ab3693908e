import type { RouteHandler } from '@hono/zod-openapi'
import { covers, coversStation } from '@platform/auth'
import type { PresenceEntry, PresenceWeek } from '@platform/contracts'
import { ApiError, notFound, ruleBroken, writeWithAudit } from '@platform/server-kit'
import { and, eq } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { stationRules } from '../../config'
import { createDb, type Db } from '../../db'
import { officer, presenceEntry, presenceWeek, stationConfig } from '../../db/schema'
import { newId } from '../../new-id'
import { checkPresenceEntry, minutesOf } from '../../rules/presence-rules'
import { localDate, weekEndOf, weekStartOf } from '../../rules/shanghai-time'
import { weekTotals } from '../../rules/week-totals'
import { answerOnce, auditBy } from '../shared/answer-once'
import { findStationConfig } from '../shared/officer-in-scope'
import {
  exceptionsOfWeek,
  findWeek,
  gridsOfOfficer,
  loadTeamWeeks,
  loadWeek,
  overlappingEntries,
} from './presence.queries'
import type {
  approveWeekRoute,
  logPresenceRoute,
  myWeekRoute,
  submitWeekRoute,
  teamWeeksRoute,
} from './presence.routes'

type Who = { id: string; stationId: string; teamId: string | null }

async function findOfficer(db: Db, id: string | undefined): Promise<Who | undefined> {
  if (id === undefined) return undefined
  const [row] = await db
    .select({ id: officer.id, stationId: officer.stationId, teamId: officer.teamId })
    .from(officer)
    .where(eq(officer.id, id))
    .limit(1)
  return row
}

/** The officer the signed-in account stands for (presence.self keeps the own officer id). */
async function me(c: Context<AppEnv>, db: Db): Promise<Who> {
  const found = await findOfficer(db, c.var.scope.officerId)
  if (!found) throw notFound('Your officer record')
  return found
}

async function weekView(db: Db, who: Who, weekStart: string): Promise<PresenceWeek> {
  const rules = stationRules(await findStationConfig(db, who.stationId))
  const [week, gridIds, exceptions] = await Promise.all([
    loadWeek(db, who.id, weekStart, rules),
    gridsOfOfficer(db, who),
    exceptionsOfWeek(db, who.id, weekStart),
  ])
  return { officerId: who.id, weekStart, weekEnd: weekEndOf(weekStart), gridIds, exceptions, ...week }
}

/** A week that was submitted or approved takes no more entries. */
function refuseClosedWeek(status: 'submitted' | 'approved' | undefined) {
  if (status === 'approved') throw new ApiError(409, 'RULE_WEEK_LOCKED', 'The week was approved and is locked')
  if (status === 'submitted')
    throw new ApiError(409, 'RULE_WEEK_SUBMITTED', 'The week was submitted; it waits for the team leader')
}

export const getMyWeek: RouteHandler<typeof myWeekRoute, AppEnv> = async (c) => {
  const { week } = c.req.valid('query')
  const db = createDb(c.env)
  const who = await me(c, db)
  return c.json(await weekView(db, who, weekStartOf(week ?? localDate(Date.now()))), 200)
}

export const logPresence: RouteHandler<typeof logPresenceRoute, AppEnv> = async (c) => {
  const body = c.req.valid('json')
  const db = createDb(c.env)
  const who = await me(c, db)
  return answerOnce(c, 'presence.log', body, async (remember) => {
    const stretch = { start: Date.parse(body.start), end: Date.parse(body.end) }
    const startUtc = new Date(stretch.start).toISOString()
    const endUtc = new Date(stretch.end).toISOString()
    const weekStart = weekStartOf(localDate(stretch.start))
    const [rules, week, grids, existing] = await Promise.all([
      findStationConfig(db, who.stationId).then(stationRules),
      findWeek(db, who.id, weekStart),
      gridsOfOfficer(db, who),
      stretch.end > stretch.start ? overlappingEntries(db, who.id, startUtc, endUtc) : Promise.resolve([]),
    ])
    const refusal = checkPresenceEntry(
      stretch,
      existing.map((e) => ({ id: e.id, start: Date.parse(e.startUtc), end: Date.parse(e.endUtc) })),
      Date.now(),
      rules,
    )
    if (refusal) throw ruleBroken(refusal.rule, refusal.message, refusal.details)
    if (!grids.includes(body.gridId))
      throw ruleBroken('RULE_PRESENCE_GRID', 'Time is logged in the grids of the own team', { gridIds: grids })
    refuseClosedWeek(week?.status)

    const row = {
      id: newId(),
      officerId: who.id,
      gridId: body.gridId,
      activity: body.activity,
      start: body.start,
      end: body.end,
      startUtc,
      endUtc,
      minutes: minutesOf(stretch),
      weekStart,
      note: body.note ?? null,
      createdAt: new Date().toISOString(),
    }
    const entry: PresenceEntry = {
      id: row.id,
      officerId: row.officerId,
      gridId: row.gridId,
      activity: row.activity,
      start: row.start,
      end: row.end,
      minutes: row.minutes,
      weekStart: row.weekStart,
      note: row.note,
    }
    const answer = { status: 201, body: entry }
    // The database refuses an overlap a concurrent request wrote after the check above (0006 trigger).
    await writeWithAudit(db, [db.insert(presenceEntry).values(row), ...(await remember(answer))], {
      ...auditBy(c),
      action: 'presence.log',
      entity: 'presence_entry',
      entityId: row.id,
      after: row,
    }).catch((error: unknown) => {
      if (String((error as Error)?.message ?? error).includes('RULE_PRESENCE_OVERLAP'))
        throw ruleBroken('RULE_PRESENCE_OVERLAP', 'The entry overlaps another entry of yours')
      throw error
    })
    return answer
  })
}

export const submitWeek: RouteHandler<typeof submitWeekRoute, AppEnv> = async (c) => {
  const { week } = c.req.valid('json')
  const db = createDb(c.env)
  const who = await me(c, db)
  const weekStart = weekStartOf(week)
  if (weekStart > weekStartOf(localDate(Date.now())))
    throw ruleBroken('RULE_WEEK_NOT_STARTED', 'A week is submitted once it has begun')
  refuseClosedWeek((await findWeek(db, who.id, weekStart))?.status)
  const row = { officerId: who.id, weekStart, status: 'submitted' as const, submittedAt: new Date().toISOString() }
  await writeWithAudit(db, [db.insert(presenceWeek).values(row)], {
    ...auditBy(c),
    action: 'presence.week.submit',
    entity: 'presence_week',
    entityId: `${who.id}/${weekStart}`,
    after: row,
  })
  return c.json(await weekView(db, who, weekStart), 200)
}

export const approveWeek: RouteHandler<typeof approveWeekRoute, AppEnv> = async (c) => {
  const { officerId, week } = c.req.valid('json')
  const db = createDb(c.env)
  const who = await findOfficer(db, officerId)
  // A team leader approves the team's weeks, a station head the station's: others are unknown here.
  if (!who || !covers(c.var.scope, { stationId: who.stationId, teamId: who.teamId, officerId: who.id }))
    throw notFound(`Officer ${officerId}`)
  const by = auditBy(c)
  if (c.var.actor.scope.officerId === who.id)
    throw ruleBroken('RULE_OWN_WEEK', 'Nobody approves the own week: the station head approves it')
  const weekStart = weekStartOf(week)
  const before = await findWeek(db, who.id, weekStart)
  if (before?.status === 'approved') throw new ApiError(409, 'RULE_WEEK_LOCKED', 'The week is approved already')
  if (!before) throw ruleBroken('RULE_WEEK_NOT_SUBMITTED', 'The officer has not submitted this week')
  const approved = { status: 'approved' as const, approvedBy: by.actorId, approvedAt: new Date().toISOString() }
  await writeWithAudit(
    db,
    [
      db
        .update(presenceWeek)
        .set(approved)
        .where(and(eq(presenceWeek.officerId, who.id), eq(presenceWeek.weekStart, weekStart))),
    ],
    {
      ...by,
      action: 'presence.week.approve',
      entity: 'presence_week',
      entityId: `${who.id}/${weekStart}`,
      before,
      after: { ...before, ...approved },
    },
  )
  return c.json(await weekView(db, who, weekStart), 200)
}

export const getTeamWeeks: RouteHandler<typeof teamWeeksRoute, AppEnv> = async (c) => {
  const { week, team } = c.req.valid('query')
  const scope = c.var.scope
  const db = createDb(c.env)
  const weekStart = weekStartOf(week ?? localDate(Date.now()))
  // A team leader sees the own team; a station head the station (one team of it when asked).
  const teamId = scope.level === 'team' ? scope.teamId : team
  if (scope.level === 'team' && team !== undefined && team !== scope.teamId) throw notFound(`Team ${team}`)
  if (scope.level === 'team' && teamId === undefined) throw notFound('Your team')
  const stationId = scope.level === 'branch' ? undefined : scope.stationId
  if (scope.level !== 'branch' && !coversStation(scope, stationId)) throw notFound('Your station')
  const [data, configs] = await Promise.all([
    loadTeamWeeks(db, { stationId, teamId }, weekStart),
    db.select().from(stationConfig),
  ])
  const rulesOf = new Map(configs.map((row) => [row.stationId, stationRules(row)]))
  return c.json(
    {
      weekStart,
      weekEnd: weekEndOf(weekStart),
      officers: data.people.map((person) => {
        const logged = data.minutes.get(person.id)
        return {
          officerId: person.id,
          name: { zh: person.nameZh, en: person.nameEn },
          dedicated: person.dedicated,
          teamId: person.teamId,
          status: data.status.get(person.id) ?? 'open',
          entries: logged?.entries ?? 0,
          totals: weekTotals(
            logged?.minutes ?? 0,
            data.away.get(person.id) ?? 0,
            rulesOf.get(person.stationId) ?? stationRules(undefined),
            data.underException.get(person.id) ?? 0,
          ),
        }
      }),
    },
    200,
  )
}
