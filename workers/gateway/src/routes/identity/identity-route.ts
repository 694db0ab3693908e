import { createRoute, type RouteConfig } from '@hono/zod-openapi'
import { type Action, type Permission, PUBLIC } from '@platform/auth'
import { requireActor } from '../../middleware/require-actor'

/**
 * The gateway's counterpart of server-kit's `defineRoute`: the same `x-permission` in the
 * OpenAPI operation, checked against the session (`requireActor`) instead of an assertion.
 */
export function identityRoute<const R extends RouteConfig>(permission: Permission, config: R) {
  const check = permission === PUBLIC ? [] : [requireActor(permission as Action)]
  const middleware = [...check, ...[config.middleware ?? []].flat()]
  return createRoute({ ...config, middleware, 'x-permission': permission } as R & { 'x-permission': Permission })
}
