import { type Action, effectiveScope } from '@platform/auth'
import { ErrorCode } from '@platform/contracts'
import { ApiError } from '@platform/server-kit'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../app-env'
import { actorOf } from '../../identity/accounts/account-view'
import { activeSession } from '../../identity/sessions/current-session'

/**
 * The check of the gateway's own protected routes, from the session directly (the domain
 * workers get the same facts as a signed assertion): 401 without a signed-in session, 403 when
 * the permission matrix (packages/auth) gives none of the account's roles the action. The actor
 * and the scope it may act in are left for the handler.
 */
export const requireActor = (action: Action): MiddlewareHandler<AppEnv> =>
  async function requireActor(c, next) {
    const session = await activeSession(c)
    if (!session) throw new ApiError(401, ErrorCode.unauthenticated, 'Sign-in required')
    const actor = actorOf(session.account)
    const scope = effectiveScope(actor, action)
    if (!scope) throw new ApiError(403, ErrorCode.forbidden, `Your role may not do this (${action})`)
    c.set('actor', actor)
    c.set('scope', scope)
    await next()
  }
