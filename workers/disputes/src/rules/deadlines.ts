import { type DisputeDeadlines, LOCAL_UTC_OFFSET_HOURS } from '../config'
import { WORKING_CALENDAR, type WorkingCalendar } from '../working-calendar'

export type DeadlineTier = 'first_contact' | 'simple' | 'complex' | 'referral'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const OFFSET = LOCAL_UTC_OFFSET_HOURS * HOUR

/** Saturday and Sunday in Beijing time. */
export const isWeekend = (at: Date) => {
  const day = new Date(at.getTime() + OFFSET).getUTCDay()
  return day === 0 || day === 6
}

/** The Beijing calendar date of an instant, `YYYY-MM-DD`. */
export const localDate = (at: Date) => new Date(at.getTime() + OFFSET).toISOString().slice(0, 10)

/**
 * A working day in Beijing: a make-up working day (调休) always is, a public holiday never is,
 * otherwise Monday–Friday.
 */
export function isWorkingDay(at: Date, calendar: WorkingCalendar = WORKING_CALENDAR): boolean {
  const date = localDate(at)
  if (calendar.workdays.includes(date)) return true
  if (calendar.holidays.includes(date)) return false
  return !isWeekend(at)
}

/**
 * `n` working days after `from`, at the same local time: each step moves a day ahead and only
 * working days count (Friday 17:00 + 1 → Monday 17:00; Saturday 10:00 + 1 → Monday 10:00; the
 * day before a holiday week + 1 → the first day after it; a make-up Saturday counts).
 */
export function addWorkingDays(from: Date, n: number, calendar: WorkingCalendar = WORKING_CALENDAR): Date {
  let at = from.getTime()
  let left = n
  while (left > 0) {
    at += DAY
    if (isWorkingDay(new Date(at), calendar)) left -= 1
  }
  return new Date(at)
}

/** When a tier's deadline falls, counted from `from` (receipt for first contact, triage otherwise). */
export function deadlineFor(tier: DeadlineTier, from: Date, config: DisputeDeadlines): Date {
  switch (tier) {
    case 'first_contact':
      return new Date(from.getTime() + config.firstContactHours * HOUR)
    case 'simple':
      return new Date(from.getTime() + config.simpleDays * DAY)
    case 'complex':
      return new Date(from.getTime() + config.complexDays * DAY)
    case 'referral':
      return addWorkingDays(from, config.referralWorkingDays)
  }
}

/** Past due: the deadline has passed and the step it belongs to is still open. */
export const isOverdue = (dueAt: string | null, now: Date) => dueAt !== null && Date.parse(dueAt) < now.getTime()

/** Due within the warning time and not yet past: the list a team leader reads before a breach. */
export const isDueSoon = (dueAt: string | null, now: Date, warnHours: number) =>
  dueAt !== null && !isOverdue(dueAt, now) && Date.parse(dueAt) - now.getTime() <= warnHours * HOUR
