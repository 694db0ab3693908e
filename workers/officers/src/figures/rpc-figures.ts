import { CalendarDate, type FiguresPeriod, Id, type OfficerHoursRow, type OfficerTaskRow } from '@platform/contracts'
import { and, count, eq, gte, lte, sql } from 'drizzle-orm'
import { stationRules } from '../config'
import type { Db } from '../db'
import { stationConfig, taskItem } from '../db/schema'
import { loadPeople, loadWorkMinutes } from './work-minutes'

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

/** Days in [from, to], both included. */
export const daysIn = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

/** The weekly target over a period: a week is 7 days, a 30-day month 30 ÷ 7 weeks. */
export const periodTarget = (weeklyHours: number, from: string, to: string) =>
  round((weeklyHours * daysIn(from, to)) / 7, 2)

/**
 * Whether a period another worker sent can hold anything: dates `YYYY-MM-DD`, from ≤ to, a
 * station id of the right shape. Like `responsibleOfficer` for an impossible grid id, the figures
 * of an impossible period are empty rather than an exception across the binding.
 */
export function isPeriod(period: FiguresPeriod | undefined): period is FiguresPeriod {
  return (
    period !== undefined &&
    CalendarDate.safeParse(period.from).success &&
    CalendarDate.safeParse(period.to).success &&
    period.from <= period.to &&
    (period.stationId === undefined || Id.safeParse(period.stationId).success)
  )
}

/**
 * Time in the community against time assigned away, per officer, over a period. Community time
 * counts only in weeks the officer submitted (or the team leader approved): an open week may
 * still change.
 */
export async function communityHours(db: Db, period: FiguresPeriod): Promise<OfficerHoursRow[]> {
  if (!isPeriod(period)) return []
  const { from, to, stationId } = period
  const [people, minutes, configs] = await Promise.all([
    loadPeople(db, { stationId }),
    loadWorkMinutes(db, { stationId }, from, to, { closedWeeksOnly: true }),
    db.select().from(stationConfig),
  ])
  const rulesOf = new Map(configs.map((row) => [row.stationId, stationRules(row)]))
  return people.map((person) => {
    const m = minutes.get(person.id)
    const rules = rulesOf.get(person.stationId) ?? stationRules(undefined)
    return {
      officerId: person.id,
      stationId: person.stationId,
      dedicated: person.dedicated,
      communityHours: round((m?.communityMinutes ?? 0) / 60, 2),
      awayHours: round((m?.awayMinutes ?? 0) / 60, 2),
      targetHours: periodTarget(rules.weeklyHoursTarget, from, to),
    }
  })
}

/** List items falling due in the period, and how many of them are done, per officer. */
export async function taskCompletion(db: Db, period: FiguresPeriod): Promise<OfficerTaskRow[]> {
  if (!isPeriod(period)) return []
  const { from, to, stationId } = period
  const rows = await db
    .select({
      officerId: taskItem.officerId,
      stationId: taskItem.stationId,
      due: count(),
      done: sql<number>`sum(case when ${taskItem.status} = 'done' then 1 else 0 end)`,
    })
    .from(taskItem)
    .where(
      and(
        gte(taskItem.periodEnd, from),
        lte(taskItem.periodEnd, to),
        stationId === undefined ? undefined : eq(taskItem.stationId, stationId),
      ),
    )
    .groupBy(taskItem.officerId, taskItem.stationId)
  return rows.map((row) => ({
    officerId: row.officerId,
    stationId: row.stationId,
    due: Number(row.due),
    done: Number(row.done ?? 0),
  }))
}
