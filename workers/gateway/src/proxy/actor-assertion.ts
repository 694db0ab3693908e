import { signAssertion } from '@platform/auth'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import { actorOf } from '../identity/accounts/account-view'
import { activeSession } from '../identity/sessions/current-session'

/**
 * Who is asking, signed for the domain workers (HS256 with ACTOR_SECRET, 60 s, carrying the
 * request id): only for a session past every sign-in step. Without one the call goes on
 * unsigned and the worker answers its public routes only.
 */
export async function actorAssertion(c: Context<AppEnv>): Promise<string | null> {
  const session = await activeSession(c)
  if (!session) return null
  return signAssertion(actorOf(session.account), c.env.ACTOR_SECRET, { requestId: c.get('requestId') })
}
