// Months, quarters and days as the branch counts them: calendar dates in Asia/Shanghai (UTC+8,
// no daylight saving), kept as `YYYY-MM`, `YYYY-Qn` and `YYYY-MM-DD` text.

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** Today's date in Asia/Shanghai. */
export const shanghaiDay = (now: Date): string =>
  new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)

export const monthOfDay = (day: string): string => day.slice(0, 7)

const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`)
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export const addDays = (day: string, days: number): string => fromUtc(toUtc(day) + days * DAY_MS)

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / DAY_MS)

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (day: string): number => {
  const weekday = new Date(toUtc(day)).getUTCDay()
  return weekday === 0 ? 7 : weekday
}

export function addMonths(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  const index = year * 12 + (m - 1) + months
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** `count` months ending with `last`, oldest first. */
export const monthsEnding = (last: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1))

export function quarterOfMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return `${year}-Q${Math.ceil(m / 3)}`
}

export function monthsOfQuarter(quarter: string): string[] {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number]
  return monthsEnding(`${year}-${String(q * 3).padStart(2, '0')}`, 3)
}

/** Figures cannot be recorded for a month that has not begun (text order is calendar order). */
export const isFutureMonth = (month: string, today: string): boolean => month > monthOfDay(today)
