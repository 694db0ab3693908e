/** The quarter a calendar day (already a day in Asia/Shanghai) falls in: `2024-08-14` → `2024-Q3`. */
export function quarterOf(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number]
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

/** The calendar day in Asia/Shanghai (UTC+8, no daylight saving) of an instant. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}

/** The day `days` after a calendar day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
