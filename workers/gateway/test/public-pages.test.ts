import { inventory } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { PUBLIC_PAGES } from '../src/routes/public-pages'
import { fetchGateway } from './fetch-gateway'
import { testId } from './identity'
import { ownRoutes, routeKey } from './own-routes'

type Document = { paths?: Record<string, Record<string, unknown>> }

const documentAt = async (path: string) => (await fetchGateway(path)).json<Document>()
const [publicDocument, identityDocument] = await Promise.all([
  documentAt('/api/public/openapi.json'),
  documentAt('/api/identity/openapi.json'),
])
const documented: Document = { paths: { ...publicDocument.paths, ...identityDocument.paths } }
const { served, otherMethods } = ownRoutes()
const pageKeys = new Set(PUBLIC_PAGES.map((page) => routeKey(page.method, page.path)))
const servedKeys = new Set(served.map((route) => routeKey(route.method, route.path)))

describe('the gateway’s own routes', () => {
  it('are each an operation of its OpenAPI documents with a known x-permission, or a listed public page', () => {
    const operations = served.filter((route) => !pageKeys.has(routeKey(route.method, route.path)))
    const { problems } = inventory(documented, operations)
    expect(problems, 'document the route with its x-permission, or list it in src/routes/public-pages.ts').toEqual([])
  })

  it('list no page that is not served or that a document already describes', () => {
    const stale = [...pageKeys].filter((key) => !servedKeys.has(key))
    const described = PUBLIC_PAGES.filter((page) => documented.paths?.[page.path]?.[page.method.toLowerCase()])
    expect(stale).toEqual([])
    expect(described).toEqual([])
  })
})

describe('the public pages (src/routes/public-pages.ts)', () => {
  it.each(PUBLIC_PAGES)('$method $path ($what) answers without a session', async ({ method, path }) => {
    const response = await fetchGateway(path, { method, redirect: 'manual' })
    expect([401, 403]).not.toContain(response.status)
    expect(response.status).toBeLessThan(400)
  })

  it('send a visitor without a session from a sign-in step page to the login', async () => {
    for (const path of ['/auth/totp', '/auth/password']) {
      const response = await fetchGateway(path, { redirect: 'manual' })
      expect(response.status, path).toBe(303)
      expect(response.headers.get('Location'), path).toMatch(/^\/auth\/login(\?|$)/)
    }
  })
})

describe('any other method on a path the gateway serves itself', () => {
  const fill = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, () => testId('any'))

  it.each(otherMethods)('%s answers 405 naming exactly the methods served there', async (path) => {
    const methods = served.filter((route) => route.path === path).map((route) => route.method)
    expect(methods.length, `${path} answers every method but serves none`).toBeGreaterThan(0)
    const allowed = new Set([...methods, ...(methods.includes('GET') ? ['HEAD'] : [])])
    const other = ['PUT', 'PATCH', 'DELETE', 'POST'].find((method) => !allowed.has(method)) ?? 'PUT'
    const response = await fetchGateway(fill(path), { method: other })
    expect(response.status).toBe(405)
    const header = (response.headers.get('Allow') ?? '').split(',').map((method) => method.trim())
    expect(new Set(header)).toEqual(allowed)
  })
})
