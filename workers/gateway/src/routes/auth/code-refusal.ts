import { IdentityErrorCode } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { localeOf, translator } from '../../i18n'
import { logIdentityEvent } from '../../identity/log-identity-event'
import type { CodeCheck } from '../../identity/second-factor/check-code'
import { noStore, tooManyAttempts } from './respond'

type Page = (status: 401 | 429, error: string) => Response | Promise<Response>

/** A refused or throttled TOTP code (second factor or enrolment): 401 / 429, or the page again. */
export function answerCodeRefusal(
  c: Context<AppEnv>,
  result: Exclude<CodeCheck, { outcome: 'ok' }>,
  accountId: string,
  json: boolean,
  page: Page,
) {
  const t = translator(localeOf(c))
  if (result.outcome === 'throttled') {
    logIdentityEvent(c, 'sign_in_throttled', { accountId })
    if (json) return tooManyAttempts(c, result.retryAfterSeconds)
    c.header('Retry-After', String(result.retryAfterSeconds))
    return page(429, t('auth.throttled', { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }))
  }
  logIdentityEvent(c, 'second_factor_refused', { accountId })
  if (!json) return page(401, t('auth.totp.refused'))
  noStore(c)
  return c.json(errorBody(IdentityErrorCode.invalidCode, 'The code is wrong or was already used'), 401)
}
