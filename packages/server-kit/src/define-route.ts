import { createRoute, type RouteConfig } from '@hono/zod-openapi'
import { authorize, type Permission } from '@platform/auth'

/**
 * Every route of a domain worker is made here, with the permission it needs: the check runs
 * before the handler, and the permission is written into the OpenAPI operation as
 * `x-permission`, which the route × role test reads. A route without one cannot be made.
 */
export function defineRoute<const R extends RouteConfig>(permission: Permission, config: R) {
  const middleware = config.middleware ? [authorize(permission), config.middleware].flat() : authorize(permission)
  return createRoute({ ...config, middleware, 'x-permission': permission } as R & { 'x-permission': Permission })
}
