import { TotpCodeRequest } from '@platform/contracts'
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { localeOf, translator } from '../../i18n'
import { logIdentityEvent } from '../../identity/log-identity-event'
import { SIGN_IN_PATHS, safeNext } from '../../identity/next-path'
import { checkCode } from '../../identity/second-factor/check-code'
import { currentSession } from '../../identity/sessions/current-session'
import { startSession } from '../../identity/sessions/start-session'
import { languageSwitch } from '../../middleware/language-switch'
import { TotpPage } from '../../pages/auth/totp-page'
import { renderPage } from '../../pages/render-page'
import { answerCodeRefusal } from './code-refusal'
import { nextOf, readInput, wantsJson } from './read-input'
import { answerSignInStep, invalidInput, noStore } from './respond'
import { wrongStep } from './step-guard'

/** `/auth/totp`: the code of an enrolled authenticator, after the password. */
export const secondFactorRoutes = new Hono<AppEnv>()
  .get(SIGN_IN_PATHS.totp, languageSwitch(), async (c) => {
    const next = safeNext(c.req.query('next'))
    const session = await currentSession(c)
    if (session?.step !== 'second_factor') return wrongStep(c, session, 'second_factor', next, false)
    noStore(c)
    return renderPage(c, <TotpPage locale={localeOf(c)} next={next} />)
  })
  .post(SIGN_IN_PATHS.totp, async (c) => {
    const json = wantsJson(c)
    const input = await readInput(c)
    const next = safeNext(nextOf(c, input))
    const session = await currentSession(c)
    if (session?.step !== 'second_factor') return wrongStep(c, session, 'second_factor', next, json)
    const t = translator(localeOf(c))
    const page = (status: 400 | 401 | 429, error: string) => {
      noStore(c)
      return renderPage(c, <TotpPage locale={localeOf(c)} next={next} error={error} />, status)
    }

    const parsed = TotpCodeRequest.safeParse(input)
    if (!parsed.success) return json ? invalidInput(c, parsed.error.issues) : page(400, t('auth.totp.incomplete'))
    const result = await checkCode(c, session.account, parsed.data.code)
    if (result.outcome !== 'ok') return answerCodeRefusal(c, result, session.account.id, json, page)
    const signedIn = await startSession(c, session.account, 'active')
    logIdentityEvent(c, 'sign_in_step', { accountId: session.account.id, status: signedIn.step })
    return answerSignInStep(c, signedIn, next, json)
  })
