import { TotpCodeRequest } from '@platform/contracts'
import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb, schema } from '../../db'
import { localeOf, translator } from '../../i18n'
import { auditStateOf } from '../../identity/accounts/account-view'
import { findAccountById } from '../../identity/accounts/find-account'
import { writeAudited } from '../../identity/audit'
import { logIdentityEvent } from '../../identity/log-identity-event'
import { SIGN_IN_PATHS, safeNext } from '../../identity/next-path'
import { checkCode } from '../../identity/second-factor/check-code'
import { enrolmentOf, groupedSecret, pendingSecret } from '../../identity/second-factor/totp-secret'
import { currentSession } from '../../identity/sessions/current-session'
import { startSession } from '../../identity/sessions/start-session'
import { languageSwitch } from '../../middleware/language-switch'
import { EnrolPage } from '../../pages/auth/enrol-page'
import { renderPage } from '../../pages/render-page'
import { answerCodeRefusal } from './code-refusal'
import { nextOf, readInput, wantsJson } from './read-input'
import { answerSignInStep, invalidInput, noStore } from './respond'
import { wrongStep } from './step-guard'

/**
 * `/auth/totp/enrol`: a role that needs a second factor and has none yet gets a secret (shown
 * as a QR code, as grouped text and as the otpauth link; JSON for scripts) and confirms it
 * with a first code, which also completes this sign-in.
 */
export const enrolRoutes = new Hono<AppEnv>()
  .get(SIGN_IN_PATHS.enrol, languageSwitch(), async (c) => {
    const json = wantsJson(c)
    const next = safeNext(c.req.query('next'))
    const session = await currentSession(c)
    if (session?.step !== 'enrol_second_factor') return wrongStep(c, session, 'enrol_second_factor', next, json)
    const enrolment = enrolmentOf(c, session.account, await pendingSecret(c, session.account))
    noStore(c)
    if (json) return c.json(enrolment, 200)
    const page = (
      <EnrolPage locale={localeOf(c)} next={next} groupedSecret={groupedSecret(enrolment.secret)} uri={enrolment.uri} />
    )
    return renderPage(c, page)
  })
  .post(SIGN_IN_PATHS.enrol, async (c) => {
    const json = wantsJson(c)
    const input = await readInput(c)
    const next = safeNext(nextOf(c, input))
    const session = await currentSession(c)
    if (session?.step !== 'enrol_second_factor') return wrongStep(c, session, 'enrol_second_factor', next, json)
    const { account } = session
    const page = async (status: 400 | 401 | 429, error: string) => {
      const enrolment = enrolmentOf(c, account, await pendingSecret(c, account))
      noStore(c)
      const view = (
        <EnrolPage
          locale={localeOf(c)}
          next={next}
          groupedSecret={groupedSecret(enrolment.secret)}
          uri={enrolment.uri}
          error={error}
        />
      )
      return renderPage(c, view, status)
    }

    const parsed = TotpCodeRequest.safeParse(input)
    if (!parsed.success) {
      return json ? invalidInput(c, parsed.error.issues) : page(400, translator(localeOf(c))('auth.totp.incomplete'))
    }
    const result = await checkCode(c, account, parsed.data.code)
    if (result.outcome !== 'ok') return answerCodeRefusal(c, result, account.id, json, page)

    const db = createDb(c.env)
    const now = new Date().toISOString()
    const enrolled = { ...account, totpEnrolledAt: now, updatedAt: now }
    await writeAudited(
      c,
      [db.update(schema.account).set({ totpEnrolledAt: now, updatedAt: now }).where(eq(schema.account.id, account.id))],
      {
        action: 'account.enrol_second_factor',
        actorId: account.id,
        accountId: account.id,
        before: auditStateOf(account),
        after: auditStateOf(enrolled),
      },
    )
    const signedIn = await startSession(c, (await findAccountById(db, account.id)) ?? enrolled, 'active')
    logIdentityEvent(c, 'sign_in_step', { accountId: account.id, status: signedIn.step })
    return answerSignInStep(c, signedIn, next, json)
  })
