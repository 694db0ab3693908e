import type { IdentityConfig } from '../../config/identity'

export type ThrottleRow = { failures: number; windowStartedAt: string; blockedUntil: string | null }

/** Seconds until a blocked key may try again, or null when it is not blocked. */
export function blockedForSeconds(row: ThrottleRow | undefined, now: Date): number | null {
  if (!row?.blockedUntil) return null
  const left = Date.parse(row.blockedUntil) - now.getTime()
  return left > 0 ? Math.ceil(left / 1000) : null
}

/** Failures that still count: a window that ended long ago counts nothing. */
export function liveFailures(row: ThrottleRow | undefined, now: Date, config: IdentityConfig['throttle']): number {
  if (!row) return 0
  return now.getTime() - Date.parse(row.windowStartedAt) < config.windowMs ? row.failures : 0
}

/**
 * How long an attempt waits before it is checked: nothing for the first few failures, then a
 * delay that doubles with each failure up to the cap (250 ms, 500 ms, 1 s, 2 s, 2 s, …).
 */
export function slowdownMs(failures: number, config: IdentityConfig['throttle']): number {
  const over = failures - config.slowdownAfterFailures
  if (over < 0) return 0
  return Math.min(config.slowdownBaseMs * 2 ** over, config.slowdownMaxMs)
}
