import { LOCAL_UTC_OFFSET_HOURS } from '../config'

const HOUR = 3_600_000

/**
 * A figures period (Beijing calendar dates, both ends included) as the UTC instants stored rows
 * are compared with: from the first day's local midnight up to, not including, the local
 * midnight after the last day.
 */
export function periodInstants(period: { from: string; to: string }): { since: string; until: string } {
  const midnight = (date: string) => Date.parse(`${date}T00:00:00.000Z`) - LOCAL_UTC_OFFSET_HOURS * HOUR
  return {
    since: new Date(midnight(period.from)).toISOString(),
    until: new Date(midnight(period.to) + 24 * HOUR).toISOString(),
  }
}

/** Outcomes that count as a dispute settled (化解): the parties agreed, or the applicant withdrew. */
export const SETTLED_OUTCOMES = ['agreement', 'withdrawn'] as const

/** Settled in the period: closed inside it with a settling outcome. */
export function isSettledIn(
  row: { state: string; outcome: string | null; closedAt: string | null },
  window: { since: string; until: string },
): boolean {
  return (
    row.state === 'closed' &&
    row.closedAt !== null &&
    (SETTLED_OUTCOMES as readonly string[]).includes(row.outcome ?? '') &&
    row.closedAt >= window.since &&
    row.closedAt < window.until
  )
}
