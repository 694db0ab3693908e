// Days as the communities worker counts them: `YYYY-MM-DD` in Beijing time (today is
// components/beijing-time's).

/** The day `n` days after `day` (before it when negative). */
export function addDays(day: string, n: number) {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date + n)).toISOString().slice(0, 10)
}

/** `count` days from `first` on. */
export const daysFrom = (first: string, count: number) => Array.from({ length: count }, (_, i) => addDays(first, i))

/** ISO weekdays, 1 = Monday … 7 = Sunday: the API's closed days. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const

/** A weekday's name in the reader's language (2024-01-01 was a Monday). */
export function weekdayName(weekday: number, locale: string, width: 'long' | 'short' = 'long') {
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, weekday)),
  )
}

/** The duty reports a group's page lists at once: 30 days, the API's default window. */
export const REPORT_WINDOW_DAYS = 30

/** The 30 days ending on `to` (a day not to come; today when absent or malformed). */
export function reportWindow(to: string | undefined, today: string) {
  const last = to && /^\d{4}-\d{2}-\d{2}$/.test(to) && to <= today ? to : today
  return { from: addDays(last, 1 - REPORT_WINDOW_DAYS), to: last }
}

/** The window's end one window back. */
export const earlier = (window: { from: string }) => addDays(window.from, -1)
