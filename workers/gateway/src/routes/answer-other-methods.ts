import type { Hono } from 'hono'
import { methodNotAllowed } from './method-not-allowed'

/**
 * For the gateway's own API: every path a route declares answers any other method with a
 * clean 405 naming the allowed ones (GET implies HEAD), so the route list is the one source.
 */
// biome-ignore lint/suspicious/noExplicitAny: any Hono app with any environment
export function answerOtherMethods(app: Hono<any>, routes: readonly { method: string; path: string }[]) {
  const allowed = new Map<string, Set<string>>()
  for (const { method, path } of routes) {
    const honoPath = path.replaceAll(/\/{(.+?)}/g, '/:$1')
    const methods = allowed.get(honoPath) ?? new Set<string>()
    methods.add(method.toUpperCase())
    if (method.toLowerCase() === 'get') methods.add('HEAD')
    allowed.set(honoPath, methods)
  }
  for (const [path, methods] of allowed) app.all(path, methodNotAllowed([...methods]))
}
