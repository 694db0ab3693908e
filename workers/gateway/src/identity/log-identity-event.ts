import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { logLine } from '../errors/log'

export type IdentityEvent =
  | 'sign_in_step'
  | 'sign_in_refused'
  | 'sign_in_throttled'
  | 'sign_in_rate_limited'
  | 'second_factor_refused'
  | 'signed_out'
  | 'password_changed'
  | 'password_change_refused'
  | 'account_changed'

/**
 * One line per identity event, for tracing and alerting. Account ids only: never a username
 * (a mistyped one can be a password), a name, a password, a code, a token or a cookie.
 */
export function logIdentityEvent(
  c: Context<AppEnv>,
  event: IdentityEvent,
  fields: { accountId?: string; actorId?: string; status?: string; action?: string } = {},
) {
  logLine(event.endsWith('_refused') || event.endsWith('_throttled') || event.endsWith('_limited') ? 'warn' : 'info', {
    event,
    requestId: c.get('requestId'),
    ...fields,
  })
}
