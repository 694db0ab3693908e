import { LOCAL_UTC_OFFSET_HOURS } from '../config'

/** A count the public may see: small ones are suppressed (null) so no person can be singled out. */
export const suppressSmall = (count: number, minimum: number): number | null => (count < minimum ? null : count)

/** The calendar month (Beijing time) of an instant, as `YYYY-MM`. */
export const localMonth = (iso: string) =>
  new Date(Date.parse(iso) + LOCAL_UTC_OFFSET_HOURS * 3_600_000).toISOString().slice(0, 7)

/** The last `n` months up to the one holding `now`, oldest first. */
export function lastMonths(now: Date, n: number): string[] {
  const current = localMonth(now.toISOString())
  const [year, month] = current.split('-').map(Number) as [number, number]
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (n - 1 - i), 1))
    return d.toISOString().slice(0, 7)
  })
}
