import { BRANCH_RULES } from '../config'

const DAY_MS = 24 * 60 * 60 * 1000
const dateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: BRANCH_RULES.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar date (YYYY-MM-DD) of an instant in the branch's time zone. */
export const localDate = (instant: Date | number): string => dateFormat.format(instant)

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** Monday of the week holding `date` (weeks run Monday to Sunday). */
export function weekStartOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay() // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7))
}

/** Sunday of the week that starts on `weekStart`. */
export const weekEndOf = (weekStart: string) => addDays(weekStart, 6)

/**
 * The week as UTC instants [from, to). Asia/Shanghai has no daylight saving: midnight there is
 * always 16:00 UTC the day before.
 */
export function weekBounds(weekStart: string): { from: string; to: string } {
  const from = Date.parse(`${weekStart}T00:00:00+08:00`)
  return { from: new Date(from).toISOString(), to: new Date(from + 7 * DAY_MS).toISOString() }
}
