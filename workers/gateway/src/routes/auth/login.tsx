import { needsSecondFactor } from '@platform/auth'
import { IdentityErrorCode, LoginRequest } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { localeOf, translator } from '../../i18n'
import { type AccountRow, rolesOf } from '../../identity/accounts/account-view'
import { logIdentityEvent } from '../../identity/log-identity-event'
import { homeFor, SIGN_IN_PATHS, safeNext } from '../../identity/next-path'
import { activeSession } from '../../identity/sessions/current-session'
import type { SessionStage } from '../../identity/sessions/session-rules'
import { startSession } from '../../identity/sessions/start-session'
import { checkPassword } from '../../identity/sign-in/check-password'
import { clientAddress } from '../../identity/throttle/throttle-keys'
import { languageSwitch } from '../../middleware/language-switch'
import { LoginPage } from '../../pages/auth/login-page'
import { renderPage } from '../../pages/render-page'
import { nextOf, readInput, wantsJson } from './read-input'
import { answerSignInStep, invalidInput, noStore, tooManyAttempts } from './respond'

/** Board members and branch admins give a code next (or enrol an authenticator first). */
function stageAfterPassword(account: AccountRow): SessionStage {
  if (!needsSecondFactor(rolesOf(account))) return 'active'
  return account.totpEnrolledAt ? 'second_factor' : 'enrol_second_factor'
}

/** `/auth/login`: the page, and the password step for forms and JSON alike. */
export const loginRoutes = new Hono<AppEnv>()
  .get(SIGN_IN_PATHS.login, languageSwitch(), async (c) => {
    const next = safeNext(c.req.query('next'))
    const session = await activeSession(c)
    if (session) return c.redirect(next ?? homeFor(rolesOf(session.account)), 303)
    noStore(c)
    return renderPage(c, <LoginPage locale={localeOf(c)} next={next} />)
  })
  .post(SIGN_IN_PATHS.login, async (c) => {
    const json = wantsJson(c)
    const t = translator(localeOf(c))
    const page = (status: 400 | 401 | 429, error: string, next: string | null, username?: string) => {
      noStore(c)
      return renderPage(c, <LoginPage locale={localeOf(c)} next={next} username={username} error={error} />, status)
    }
    const throttled = (seconds: number, next: string | null) => {
      if (json) return tooManyAttempts(c, seconds)
      c.header('Retry-After', String(seconds))
      return page(429, t('auth.throttled', { minutes: Math.max(1, Math.ceil(seconds / 60)) }), next)
    }

    // The form carries `next` in its body: read it first, so a throttled person keeps the page
    // they were going to when they try again.
    const input = await readInput(c)
    const next = safeNext(nextOf(c, input))

    // The platform-wide limit per address (Workers Rate Limiting binding), before any other work.
    const { success } = await c.env.SIGN_IN_LIMITER.limit({ key: `sign-in:${clientAddress(c)}` })
    if (!success) {
      logIdentityEvent(c, 'sign_in_rate_limited')
      return throttled(c.get('identityConfig').signInLimiterPeriodSeconds, next)
    }

    const parsed = LoginRequest.safeParse(input)
    if (!parsed.success)
      return json ? invalidInput(c, parsed.error.issues) : page(400, t('auth.login.incomplete'), next)

    const { username, password } = parsed.data
    const result = await checkPassword(c, username, password)
    if (result.outcome === 'throttled') {
      logIdentityEvent(c, 'sign_in_throttled')
      return throttled(result.retryAfterSeconds, next)
    }
    if (result.outcome === 'refused') {
      logIdentityEvent(c, 'sign_in_refused')
      if (!json) return page(401, t('auth.login.refused'), next, username)
      noStore(c)
      return c.json(errorBody(IdentityErrorCode.invalidCredentials, 'The username or password is not correct'), 401)
    }
    const { account } = result
    const session = await startSession(c, account, stageAfterPassword(account))
    logIdentityEvent(c, 'sign_in_step', { accountId: account.id, status: session.step })
    return answerSignInStep(c, session, next, json)
  })
