import type { AppRoute } from '@platform/testing'
import { createGateway } from '../src/gateway'
import { mounts } from '../src/mounts'

/** A route as `METHOD /path`, Hono's `:id` written as OpenAPI's `{id}`. */
export const routeKey = (method: string, path: string) =>
  `${method.toUpperCase()} ${path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, '{$1}')}`

export type OwnRoutes = {
  /** Every method and path the gateway answers itself (its pages, documents and APIs). */
  served: AppRoute[]
  /**
   * Paths with an `app.all(path, …)` after their routes: the clean 405 for any other method.
   * They are not routes of their own (test/public-pages.test.ts checks each answers 405).
   */
  otherMethods: string[]
}

/**
 * What the production gateway serves itself, read from its Hono app (`app.routes`), so a route
 * added anywhere in it shows up here. Middleware (`app.use`: `ALL /*`, `ALL /api/*`) and the
 * mount forwarder (`ALL *`) are no routes; a path registered once per handler (a route's
 * middleware) counts once.
 */
export function ownRoutes(): OwnRoutes {
  const served = new Map<string, AppRoute>()
  const otherMethods = new Set<string>()
  for (const { method, path } of createGateway({ mounts }).routes) {
    if (method === 'ALL' && path.endsWith('*')) continue
    if (method === 'ALL') otherMethods.add(path)
    else served.set(routeKey(method, path), { method, path })
  }
  return { served: [...served.values()], otherMethods: [...otherMethods] }
}
