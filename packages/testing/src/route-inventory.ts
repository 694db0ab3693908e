import { isAction, type Permission, PUBLIC } from '@platform/auth'

/** One operation of a worker's OpenAPI document, with the permission its route declares. */
export type Operation = {
  /** Upper case, as Hono keeps it: `GET`. */
  method: string
  /** OpenAPI form: `/api/officers/grids/{gridId}/responsible`. */
  path: string
  permission: Permission
}

/** What Hono keeps of a registered route (`app.routes`). */
export type AppRoute = { method: string; path: string }

type Document = { paths?: Record<string, Record<string, unknown>> }

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** Hono's `/grids/:gridId{[0-9]+}` in OpenAPI's `/grids/{gridId}` form. */
const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, '{$1}')

/** `app.use` middleware is kept as `ALL /*` (or `ALL /prefix/*`); it is no route. */
const isMiddleware = (route: AppRoute) => route.method === 'ALL' && route.path.endsWith('*')

/**
 * The operations of the document, and everything that keeps the route × role test from trusting
 * it: an operation without `x-permission`, or with one that is neither `public` nor an action of
 * the permission matrix; a route the app serves that the document does not list (made without
 * defineRoute, or hidden); an operation the app does not serve.
 */
export function inventory(document: Document, appRoutes: readonly AppRoute[]) {
  const operations: Operation[] = []
  const problems: string[] = []
  const documented = new Set<string>()
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as { 'x-permission'?: unknown } | undefined
      if (!operation) continue
      const name = `${method.toUpperCase()} ${path}`
      documented.add(name)
      const permission = operation['x-permission']
      if (permission === undefined) problems.push(`${name} declares no x-permission`)
      else if (permission !== PUBLIC && !isAction(permission))
        problems.push(`${name} declares an unknown permission ${JSON.stringify(permission)}`)
      else operations.push({ method: method.toUpperCase(), path, permission })
    }
  }
  const served = new Set(
    appRoutes.filter((route) => !isMiddleware(route)).map((r) => `${r.method} ${openApiPath(r.path)}`),
  )
  for (const name of [...served].sort()) {
    if (!documented.has(name)) problems.push(`${name} is served but not in the OpenAPI document`)
  }
  for (const name of [...documented].sort()) {
    if (!served.has(name)) problems.push(`${name} is documented but not served`)
  }
  return { operations, problems }
}

/** The operation's path with each `{param}` replaced by the fixture id given for it. */
export function fillPath(path: string, params: Readonly<Record<string, string>>) {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`No fixture id for the path parameter {${name}} of ${path}`)
    return encodeURIComponent(value)
  })
}
