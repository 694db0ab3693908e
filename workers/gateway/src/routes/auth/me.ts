import { Hono } from 'hono'
import type { AppEnv } from '../../app-env'
import { sessionUserOf } from '../../identity/accounts/account-view'
import { SIGN_IN_PATHS } from '../../identity/next-path'
import { currentSession } from '../../identity/sessions/current-session'
import { requireSelfService } from './account-self'
import { answerNotSignedIn, noStore } from './respond'

/**
 * `GET /auth/me`: who is signed in, for the apps' header. A session still short of a sign-in
 * step is not signed in: 401 like no session, with the step in `details.status`.
 */
export const meRoutes = new Hono<AppEnv>().get(SIGN_IN_PATHS.me, async (c) => {
  const session = await currentSession(c)
  if (session?.step !== 'active') return answerNotSignedIn(c, session, null, true)
  requireSelfService(session)
  noStore(c)
  return c.json({ user: sessionUserOf(session.account) }, 200)
})
