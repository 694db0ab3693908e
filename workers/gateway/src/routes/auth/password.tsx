import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '@platform/auth'
import { ErrorCode, IdentityErrorCode, PasswordChangeRequest } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb, schema } from '../../db'
import { localeOf, type MessageKey, translator } from '../../i18n'
import { auditStateOf } from '../../identity/accounts/account-view'
import { writeAudited } from '../../identity/audit'
import { logIdentityEvent } from '../../identity/log-identity-event'
import { SIGN_IN_PATHS, safeNext } from '../../identity/next-path'
import { type CurrentSession, currentSession, setCurrentSession } from '../../identity/sessions/current-session'
import { revokeAccountSessions } from '../../identity/sessions/session-store'
import { attemptGuard } from '../../identity/throttle/attempt-guard'
import { languageSwitch } from '../../middleware/language-switch'
import { PasswordPage } from '../../pages/auth/password-page'
import { renderPage } from '../../pages/render-page'
import { requireSelfService } from './account-self'
import { nextOf, readInput, wantsJson } from './read-input'
import { answerNotSignedIn, answerSignInStep, invalidInput, noStore, tooManyAttempts } from './respond'

/** Signed in, or only short of replacing an admin-set password: both may change it. */
const mayChangePassword = (session: CurrentSession | null): session is CurrentSession =>
  session?.step === 'active' || session?.step === 'change_password'

/** The new password, the account's other sessions ended, one audited batch. */
async function storeNewPassword(c: Context<AppEnv>, session: CurrentSession, newPassword: string) {
  const db = createDb(c.env)
  const now = new Date()
  const { account } = session
  const changed = { ...account, passwordHash: await hashPassword(newPassword), mustChangePassword: false }
  const after = { ...changed, updatedAt: now.toISOString() }
  await writeAudited(
    c,
    [
      db
        .update(schema.account)
        .set({ passwordHash: changed.passwordHash, mustChangePassword: false, updatedAt: after.updatedAt })
        .where(eq(schema.account.id, account.id)),
      revokeAccountSessions(db, account.id, now, session.tokenHash),
    ],
    {
      action: 'account.change_password',
      actorId: account.id,
      accountId: account.id,
      before: auditStateOf(account),
      after: auditStateOf(after),
    },
  )
  const updated: CurrentSession = { ...session, step: 'active', account: after }
  setCurrentSession(c, updated)
  return updated
}

/**
 * `/auth/password`: change one's own password. The current one is checked (and throttled like
 * a sign-in), the new one has the minimum length and differs from it; every other session of the
 * account ends.
 */
export const passwordRoutes = new Hono<AppEnv>()
  .get(SIGN_IN_PATHS.password, languageSwitch(), async (c) => {
    const next = safeNext(c.req.query('next'))
    const session = await currentSession(c)
    if (!mayChangePassword(session)) return answerNotSignedIn(c, session, next ?? SIGN_IN_PATHS.password, false)
    requireSelfService(session)
    noStore(c)
    return renderPage(
      c,
      <PasswordPage locale={localeOf(c)} next={next} required={session.step === 'change_password'} />,
    )
  })
  .post(SIGN_IN_PATHS.password, async (c) => {
    const json = wantsJson(c)
    const input = await readInput(c)
    const next = safeNext(nextOf(c, input))
    const session = await currentSession(c)
    if (!mayChangePassword(session)) return answerNotSignedIn(c, session, next, json)
    requireSelfService(session)
    const t = translator(localeOf(c))
    const refuse = (status: 400 | 422 | 429, code: string, key: MessageKey, params?: Record<string, number>) => {
      noStore(c)
      if (json) return c.json(errorBody(code, t(key, params)), status)
      const page = (
        <PasswordPage
          locale={localeOf(c)}
          next={next}
          required={session.step === 'change_password'}
          error={t(key, params)}
        />
      )
      return renderPage(c, page, status)
    }

    const parsed = PasswordChangeRequest.safeParse(input)
    if (!parsed.success) {
      if (json) return invalidInput(c, parsed.error.issues)
      return refuse(400, ErrorCode.validationFailed, 'auth.password.tooShort', { min: MIN_PASSWORD_LENGTH })
    }
    const { currentPassword, newPassword } = parsed.data
    if (!json && (input as Record<string, unknown>).confirmPassword !== newPassword)
      return refuse(400, ErrorCode.validationFailed, 'auth.password.mismatch')
    if (newPassword === currentPassword)
      return refuse(422, IdentityErrorCode.newPasswordSameAsOld, 'auth.password.same')

    const throttled = (seconds: number) => {
      if (json) return tooManyAttempts(c, seconds)
      c.header('Retry-After', String(seconds))
      return refuse(429, ErrorCode.rateLimited, 'auth.throttled', { minutes: Math.max(1, Math.ceil(seconds / 60)) })
    }
    const guard = await attemptGuard(c, session.account.username)
    const blocked = await guard.admit()
    if (blocked !== null) return throttled(blocked)
    if (!(await verifyPassword(currentPassword, session.account.passwordHash))) {
      logIdentityEvent(c, 'password_change_refused', { accountId: session.account.id })
      const nowBlocked = await guard.fail()
      if (nowBlocked !== null) return throttled(nowBlocked)
      return refuse(400, IdentityErrorCode.wrongCurrentPassword, 'auth.password.wrongCurrent')
    }
    await guard.succeed()
    const updated = await storeNewPassword(c, session, newPassword)
    logIdentityEvent(c, 'password_changed', { accountId: session.account.id })
    return answerSignInStep(c, updated, next, json)
  })
