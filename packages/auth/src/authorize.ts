import type { MiddlewareHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { Actor } from './actor'
import { ACTOR_HEADER, AssertionError, verifyAssertion } from './assertion'
import { effectiveScope, type Permission, PUBLIC } from './permissions'
import type { Scope } from './scope'

export type AuthBindings = { ACTOR_SECRET: string }
export type AuthVariables = { actor: Actor; scope: Scope }

/**
 * The check every domain-worker route runs, declared once per route with its permission.
 * Public routes pass without an actor; all others need a valid assertion from the gateway (401)
 * and a role the matrix allows (403). The actor and the scope it may act in are left on the
 * context for the handler's queries (row-level scope).
 */
export function authorize(
  permission: Permission,
): MiddlewareHandler<{ Bindings: AuthBindings; Variables: AuthVariables }> {
  return async function authorizeActor(c, next) {
    if (permission === PUBLIC) return next()
    const token = c.req.header(ACTOR_HEADER)
    if (!token) throw new HTTPException(401, { message: 'Sign-in required' })
    const secret = c.env.ACTOR_SECRET
    if (!secret) throw new Error('ACTOR_SECRET is not configured')
    let actor: Actor
    try {
      actor = await verifyAssertion(token, secret)
    } catch (err) {
      if (err instanceof AssertionError) throw new HTTPException(401, { message: 'Sign-in required' })
      throw err
    }
    const scope = effectiveScope(actor, permission)
    if (!scope) throw new HTTPException(403, { message: `Your role may not do this (${permission})` })
    c.set('actor', actor)
    c.set('scope', scope)
    return next()
  }
}
