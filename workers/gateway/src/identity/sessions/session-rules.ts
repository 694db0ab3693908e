import type { IdentityConfig } from '../../config/identity'

export type SessionStage = 'second_factor' | 'enrol_second_factor' | 'active'

/** What a session may do next: a sign-in step, or everything its roles allow (`active`). */
export type SessionStep = 'second_factor' | 'enrol_second_factor' | 'change_password' | 'active'

export type SessionTimes = { createdAt: string; lastSeenAt: string; expiresAt: string; revokedAt: string | null }

/** Why a session no longer counts, or null while it does. */
export type SessionEnd = 'revoked' | 'idle' | 'expired' | 'sign_in_abandoned' | 'account_inactive'

const ms = (iso: string) => Date.parse(iso)

/**
 * A session ends when revoked (sign-out, disabled account, password reset), after 30 minutes
 * without use, 12 hours after sign-in whatever happens, or, while a sign-in step is still
 * due, after the (short) time given to finish it.
 */
export function sessionEnd(
  session: SessionTimes & { stage: SessionStage },
  account: { active: boolean },
  now: Date,
  config: IdentityConfig['session'],
): SessionEnd | null {
  if (session.revokedAt) return 'revoked'
  if (!account.active) return 'account_inactive'
  const at = now.getTime()
  if (at >= ms(session.expiresAt)) return 'expired'
  if (at - ms(session.lastSeenAt) >= config.idleTimeoutMs) return 'idle'
  if (session.stage !== 'active' && at - ms(session.createdAt) >= config.pendingTimeoutMs) return 'sign_in_abandoned'
  return null
}

/** `last_seen_at` is refreshed at most once per interval to spare D1 writes. */
export const isDueForTouch = (lastSeenAt: string, now: Date, config: IdentityConfig['session']) =>
  now.getTime() - ms(lastSeenAt) >= config.touchIntervalMs

export function newSessionTimes(now: Date, config: IdentityConfig['session']) {
  const createdAt = now.toISOString()
  return {
    createdAt,
    lastSeenAt: createdAt,
    expiresAt: new Date(now.getTime() + config.absoluteTimeoutMs).toISOString(),
  }
}

/** The second factor comes first, then a password the admin set must be replaced. */
export function stepOf(stage: SessionStage, account: { mustChangePassword: boolean }): SessionStep {
  if (stage !== 'active') return stage
  return account.mustChangePassword ? 'change_password' : 'active'
}
