import { and, asc, count, eq, gt, gte, isNotNull, lt, ne, type SQL, sum } from 'drizzle-orm'
import type { Db } from '../db'
import { assignment, officer, presenceEntry, presenceWeek, refusedAssignment, team } from '../db/schema'
import { addMinutes, type LedgerMinutes, NO_MINUTES } from '../rules/ledger'
import { addDays } from '../rules/shanghai-time'

/** Which officers: every one, a station's, a team's, or one. */
export type OfficerFilter = {
  stationId?: string | undefined
  teamId?: string | undefined
  officerId?: string | undefined
}

export type Person = {
  id: string
  stationId: string
  teamId: string | null
  nameZh: string
  nameEn: string
  dedicated: boolean
}

/** [from, to] Beijing dates as UTC instants [fromUtc, toUtc). Asia/Shanghai has no daylight saving. */
export function datesAsUtc(from: string, to: string) {
  return {
    fromUtc: new Date(`${from}T00:00:00+08:00`).toISOString(),
    toUtc: new Date(`${addDays(to, 1)}T00:00:00+08:00`).toISOString(),
  }
}

export function officerWhere(filter: OfficerFilter): SQL | undefined {
  return and(
    filter.stationId === undefined ? undefined : eq(officer.stationId, filter.stationId),
    filter.teamId === undefined ? undefined : eq(officer.teamId, filter.teamId),
    filter.officerId === undefined ? undefined : eq(officer.id, filter.officerId),
  )
}

export function loadPeople(db: Db, filter: OfficerFilter): Promise<Person[]> {
  return db
    .select({
      id: officer.id,
      stationId: officer.stationId,
      teamId: officer.teamId,
      nameZh: officer.nameZh,
      nameEn: officer.nameEn,
      dedicated: officer.dedicated,
    })
    .from(officer)
    .where(officerWhere(filter))
    .orderBy(asc(officer.stationId), asc(officer.teamId), asc(officer.nameEn))
}

/** Minutes of an assignment inside [lo, hi) (instants in ms). */
const clippedMinutes = (start: string, end: string, lo: number, hi: number) =>
  Math.max(0, Math.floor((Math.min(Date.parse(end), hi) - Math.max(Date.parse(start), lo)) / 60_000))

/**
 * Per officer over a period of Beijing dates: time in the community (entries starting in it;
 * with `closedWeeksOnly`, only weeks the officer submitted or the team leader approved), time
 * assigned away (every kind but community tasks, clipped to the period), the part of it under
 * approved duty exceptions and how many such assignments, and the refused attempts made in it.
 */
export async function loadWorkMinutes(
  db: Db,
  filter: OfficerFilter,
  from: string,
  to: string,
  options: { closedWeeksOnly?: boolean } = {},
): Promise<Map<string, LedgerMinutes>> {
  const { fromUtc, toUtc } = datesAsUtc(from, to)
  const who = officerWhere(filter)
  // A day either side: stored assignment times carry their own offsets, so text order is only roughly time order.
  const margin = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString()
  const presence = options.closedWeeksOnly
    ? db
        .select({ officerId: presenceEntry.officerId, minutes: sum(presenceEntry.minutes) })
        .from(presenceEntry)
        .innerJoin(officer, eq(officer.id, presenceEntry.officerId))
        .innerJoin(
          presenceWeek,
          and(eq(presenceWeek.officerId, presenceEntry.officerId), eq(presenceWeek.weekStart, presenceEntry.weekStart)),
        )
        .where(and(who, gte(presenceEntry.startUtc, fromUtc), lt(presenceEntry.startUtc, toUtc)))
        .groupBy(presenceEntry.officerId)
    : db
        .select({ officerId: presenceEntry.officerId, minutes: sum(presenceEntry.minutes) })
        .from(presenceEntry)
        .innerJoin(officer, eq(officer.id, presenceEntry.officerId))
        .where(and(who, gte(presenceEntry.startUtc, fromUtc), lt(presenceEntry.startUtc, toUtc)))
        .groupBy(presenceEntry.officerId)
  const [community, away, refused] = await db.batch([
    presence,
    db
      .select({
        officerId: assignment.officerId,
        start: assignment.start,
        end: assignment.end,
        exceptionId: assignment.exceptionId,
      })
      .from(assignment)
      .innerJoin(officer, eq(officer.id, assignment.officerId))
      .where(
        and(
          who,
          ne(assignment.kind, 'community_task'),
          lt(assignment.start, margin(toUtc, 1)),
          gt(assignment.end, margin(fromUtc, -1)),
        ),
      ),
    db
      .select({ officerId: refusedAssignment.officerId, attempts: count() })
      .from(refusedAssignment)
      .innerJoin(officer, eq(officer.id, refusedAssignment.officerId))
      .where(and(who, gte(refusedAssignment.attemptedAt, fromUtc), lt(refusedAssignment.attemptedAt, toUtc)))
      .groupBy(refusedAssignment.officerId),
  ])
  const result = new Map<string, LedgerMinutes>()
  const add = (officerId: string, part: Partial<LedgerMinutes>) =>
    result.set(officerId, addMinutes(result.get(officerId) ?? NO_MINUTES, { ...NO_MINUTES, ...part }))
  for (const row of community) add(row.officerId, { communityMinutes: Number(row.minutes ?? 0) })
  const [lo, hi] = [Date.parse(fromUtc), Date.parse(toUtc)]
  for (const row of away) {
    const minutes = clippedMinutes(row.start, row.end, lo, hi)
    if (minutes === 0) continue
    const underException = row.exceptionId !== null
    add(row.officerId, {
      awayMinutes: minutes,
      exceptionMinutes: underException ? minutes : 0,
      exceptionsUsed: underException ? 1 : 0,
    })
  }
  for (const row of refused) add(row.officerId, { refusedAttempts: Number(row.attempts) })
  return result
}

/** Minutes of assignments made under each exception inside [from, to], for the week view. */
export async function minutesPerException(db: Db, officerId: string, from: string, to: string) {
  const { fromUtc, toUtc } = datesAsUtc(from, to)
  const rows = await db
    .select({ exceptionId: assignment.exceptionId, start: assignment.start, end: assignment.end })
    .from(assignment)
    .where(and(eq(assignment.officerId, officerId), isNotNull(assignment.exceptionId)))
  const minutes = new Map<string, number>()
  const [lo, hi] = [Date.parse(fromUtc), Date.parse(toUtc)]
  for (const row of rows) {
    if (row.exceptionId === null) continue
    minutes.set(row.exceptionId, (minutes.get(row.exceptionId) ?? 0) + clippedMinutes(row.start, row.end, lo, hi))
  }
  return minutes
}

/** The teams of the filter's station (every team at branch level); callers keep those they need. */
export function teamsOf(db: Db, filter: OfficerFilter) {
  return db
    .select()
    .from(team)
    .where(filter.stationId === undefined ? undefined : eq(team.stationId, filter.stationId))
}
