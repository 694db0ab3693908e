import type { PresenceActivity, PresenceEntry, WeekStatus } from '@platform/contracts'
import { and, asc, count, eq, gt, gte, lt, lte, ne, type SQL, sum } from 'drizzle-orm'
import type { StationRules } from '../../config'
import type { Db } from '../../db'
import {
  assignment,
  dutyException,
  gridResponsibility,
  officer,
  presenceEntry,
  presenceWeek,
  teamGrid,
} from '../../db/schema'
import { minutesPerException } from '../../figures/work-minutes'
import { weekBounds, weekEndOf } from '../../rules/shanghai-time'
import { weekTotals } from '../../rules/week-totals'

/** The grids an officer logs time in: the team's grids and those the officer answers for. */
export async function gridsOfOfficer(db: Db, who: { id: string; teamId: string | null }): Promise<string[]> {
  const [own, team] = await db.batch([
    db
      .select({ gridId: gridResponsibility.gridId })
      .from(gridResponsibility)
      .where(eq(gridResponsibility.officerId, who.id)),
    db
      .select({ gridId: teamGrid.gridId })
      .from(teamGrid)
      .where(eq(teamGrid.teamId, who.teamId ?? '')),
  ])
  return [...new Set([...own, ...team].map((row) => row.gridId))].sort()
}

/** The officer's entries that overlap [start, end) (UTC ISO instants compare as text). */
export function overlappingEntries(db: Db, officerId: string, startUtc: string, endUtc: string) {
  return db
    .select({ id: presenceEntry.id, startUtc: presenceEntry.startUtc, endUtc: presenceEntry.endUtc })
    .from(presenceEntry)
    .where(
      and(
        eq(presenceEntry.officerId, officerId),
        lt(presenceEntry.startUtc, endUtc),
        gt(presenceEntry.endUtc, startUtc),
      ),
    )
}

export async function findWeek(db: Db, officerId: string, weekStart: string) {
  const [row] = await db
    .select()
    .from(presenceWeek)
    .where(and(eq(presenceWeek.officerId, officerId), eq(presenceWeek.weekStart, weekStart)))
    .limit(1)
  return row
}

export const toEntry = (row: typeof presenceEntry.$inferSelect): PresenceEntry => ({
  id: row.id,
  officerId: row.officerId,
  gridId: row.gridId,
  activity: row.activity as PresenceActivity,
  start: row.start,
  end: row.end,
  minutes: row.minutes,
  weekStart: row.weekStart,
  note: row.note,
})

type AwayRow = { officerId: string; start: string; end: string; exceptionId: string | null }

/**
 * Minutes of assignments away from the community (every kind but community tasks) inside the
 * week, and the part of them made under an approved duty exception.
 */
function awayMinutesByOfficer(rows: AwayRow[], weekStart: string) {
  const { from, to } = weekBounds(weekStart)
  const [lo, hi] = [Date.parse(from), Date.parse(to)]
  const minutes = new Map<string, number>()
  const underException = new Map<string, number>()
  for (const row of rows) {
    const clipped = Math.min(Date.parse(row.end), hi) - Math.max(Date.parse(row.start), lo)
    if (clipped <= 0) continue
    const add = Math.floor(clipped / 60_000)
    minutes.set(row.officerId, (minutes.get(row.officerId) ?? 0) + add)
    if (row.exceptionId !== null) underException.set(row.officerId, (underException.get(row.officerId) ?? 0) + add)
  }
  return { minutes, underException }
}

/**
 * Assignments that may touch the week: they start before its end and end after its start. Their
 * times carry offsets, so the clip to the week is done on parsed instants.
 */
function awayAssignments(db: Db, whose: SQL | undefined, weekStart: string) {
  const { from, to } = weekBounds(weekStart)
  // A day either side: stored times carry their own offsets, so text order is only roughly time order.
  const margin = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString()
  return db
    .select({
      officerId: assignment.officerId,
      start: assignment.start,
      end: assignment.end,
      exceptionId: assignment.exceptionId,
    })
    .from(assignment)
    .where(
      and(
        whose,
        ne(assignment.kind, 'community_task'),
        lt(assignment.start, margin(to, 1)),
        gt(assignment.end, margin(from, -1)),
      ),
    )
}

/** One officer's week with its entries and totals. */
export async function loadWeek(db: Db, officerId: string, weekStart: string, rules: StationRules) {
  const [entries, weeks, away] = await db.batch([
    db
      .select()
      .from(presenceEntry)
      .where(and(eq(presenceEntry.officerId, officerId), eq(presenceEntry.weekStart, weekStart)))
      .orderBy(asc(presenceEntry.startUtc)),
    db
      .select()
      .from(presenceWeek)
      .where(and(eq(presenceWeek.officerId, officerId), eq(presenceWeek.weekStart, weekStart))),
    awayAssignments(db, eq(assignment.officerId, officerId), weekStart),
  ])
  const week = weeks[0]
  const minutes = entries.reduce((total, row) => total + row.minutes, 0)
  const awayMinutes = awayMinutesByOfficer(away, weekStart)
  return {
    entries: entries.map(toEntry),
    status: (week?.status ?? 'open') as WeekStatus,
    submittedAt: week?.submittedAt ?? null,
    approvedBy: week?.approvedBy ?? null,
    approvedAt: week?.approvedAt ?? null,
    totals: weekTotals(
      minutes,
      awayMinutes.minutes.get(officerId) ?? 0,
      rules,
      awayMinutes.underException.get(officerId) ?? 0,
    ),
  }
}

/** Officers in a team or station (or the district), with their week's minutes, entry count and state. */
export async function loadTeamWeeks(
  db: Db,
  filter: { stationId?: string | undefined; teamId?: string | undefined },
  weekStart: string,
) {
  const where = and(
    filter.stationId === undefined ? undefined : eq(officer.stationId, filter.stationId),
    filter.teamId === undefined ? undefined : eq(officer.teamId, filter.teamId),
  )
  const [people, sums, weeks, away] = await db.batch([
    db
      .select({
        id: officer.id,
        stationId: officer.stationId,
        teamId: officer.teamId,
        nameZh: officer.nameZh,
        nameEn: officer.nameEn,
        dedicated: officer.dedicated,
      })
      .from(officer)
      .where(where)
      .orderBy(asc(officer.stationId), asc(officer.teamId), asc(officer.nameEn)),
    db
      .select({ officerId: presenceEntry.officerId, minutes: sum(presenceEntry.minutes), entries: count() })
      .from(presenceEntry)
      .innerJoin(officer, eq(officer.id, presenceEntry.officerId))
      .where(and(where, eq(presenceEntry.weekStart, weekStart)))
      .groupBy(presenceEntry.officerId),
    db
      .select({ officerId: presenceWeek.officerId, status: presenceWeek.status })
      .from(presenceWeek)
      .innerJoin(officer, eq(officer.id, presenceWeek.officerId))
      .where(and(where, eq(presenceWeek.weekStart, weekStart))),
    awayAssignments(
      db,
      filter.stationId === undefined ? undefined : eq(assignment.stationId, filter.stationId),
      weekStart,
    ),
  ])
  return {
    people,
    minutes: new Map(
      sums.map((row) => [row.officerId, { minutes: Number(row.minutes ?? 0), entries: Number(row.entries ?? 0) }]),
    ),
    status: new Map(weeks.map((row) => [row.officerId, row.status as WeekStatus])),
    ...(({ minutes, underException }) => ({ away: minutes, underException }))(awayMinutesByOfficer(away, weekStart)),
  }
}

/**
 * Approved duty exceptions whose dates touch the week, with the minutes of assignments made under
 * each inside the week: they explain a shortfall in the week view.
 */
export async function exceptionsOfWeek(db: Db, officerId: string, weekStart: string) {
  const weekEnd = weekEndOf(weekStart)
  const [exceptions, used] = await Promise.all([
    db
      .select()
      .from(dutyException)
      .where(
        and(
          eq(dutyException.officerId, officerId),
          eq(dutyException.status, 'approved'),
          lte(dutyException.startDate, weekEnd),
          gte(dutyException.endDate, weekStart),
        ),
      )
      .orderBy(asc(dutyException.startDate)),
    minutesPerException(db, officerId, weekStart, weekEnd),
  ])
  return exceptions.map((row) => ({
    id: row.id,
    reason: row.reason,
    startDate: row.startDate,
    endDate: row.endDate,
    expiresOn: row.expiresOn,
    hours: Number(((used.get(row.id) ?? 0) / 60).toFixed(2)),
  }))
}
