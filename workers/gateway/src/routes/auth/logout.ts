import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { auditStateOf } from '../../identity/accounts/account-view'
import { writeAudited } from '../../identity/audit'
import { logIdentityEvent } from '../../identity/log-identity-event'
import { SIGN_IN_PATHS } from '../../identity/next-path'
import { currentSession, setCurrentSession } from '../../identity/sessions/current-session'
import { clearSessionCookie } from '../../identity/sessions/session-cookie'
import { revokeSession } from '../../identity/sessions/session-store'
import { wantsJson } from './read-input'
import { noStore } from './respond'

/**
 * `POST /auth/logout`: the session is revoked at once (the cookie alone would not end it) and
 * the cookie cleared. Without a session it still answers the same, so signing out never fails.
 * A form post lands on the login page; a script gets 204.
 */
export const logoutRoutes = new Hono<AppEnv>().post(SIGN_IN_PATHS.logout, async (c) => {
  const session = await currentSession(c)
  if (session) {
    const db = createDb(c.env)
    const { account } = session
    await writeAudited(c, [revokeSession(db, session.tokenHash, new Date())], {
      action: 'session.sign_out',
      actorId: account.id,
      accountId: account.id,
      before: auditStateOf(account),
    })
    setCurrentSession(c, null)
    logIdentityEvent(c, 'signed_out', { accountId: account.id })
  }
  clearSessionCookie(c)
  noStore(c)
  if (wantsJson(c)) return c.body(null, 204)
  return c.redirect(SIGN_IN_PATHS.login, 303)
})
