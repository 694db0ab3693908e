import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../src/middleware/security-headers'
import { stub, type TestMount, testGateway } from './test-gateway'

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

/**
 * Each test mounts the Qihe stub under a prefix of its own, so what one test keeps is not
 * another's: the kept copies live in the Cache API, shared by the whole file.
 */
let counter = 0
function appMount(extra: Partial<TestMount> = {}) {
  const prefix = `/kept${counter++}` as const
  const call = testGateway([{ prefix, binding: 'QIHE_INTAKE', zone: 'public', kind: 'app', ...extra }])
  const broken = (path: string, how: 'THROWING' | 'FAILING' | 'HANGING' = 'THROWING') =>
    call(path, {}, { QIHE_INTAKE: stub(how) })
  return { prefix, call, broken }
}

describe('the last good shell of an app', () => {
  it('is served, marked as a fallback copy, when the app throws, fails or hangs', async () => {
    const { prefix, call, broken } = appMount()
    const good = await call(`${prefix}/`)
    expect(good.status).toBe(200)
    const shell = await good.text()
    for (const how of ['THROWING', 'FAILING', 'HANGING'] as const) {
      const response = await broken(`${prefix}/stations/${how.toLowerCase()}`, how)
      expect(response.status, how).toBe(200)
      expect(response.headers.get('X-Fallback'), how).toBe('last-good-shell')
      expect(response.headers.get('X-Fallback-Kept-At'), how).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(response.headers.get('Content-Type'), how).toMatch(/^text\/html/)
      expect(response.headers.get('Cache-Control'), how).toBe('no-cache')
      expect(response.headers.get('Content-Security-Policy'), how).toBe(CONTENT_SECURITY_POLICY.public)
      expect(await response.text(), how).toBe(shell)
    }
  })

  it('keeps only the shell: no cookie, request id or other header of the answer it was copied from', async () => {
    const { prefix, call, broken } = appMount()
    await call(`${prefix}/`, { headers: { 'X-Request-Id': 'first-visit' } })
    const response = await broken(`${prefix}/`)
    // Only the gateway's own version-affinity cookie, set on the way out, never the app's.
    expect(response.headers.getSetCookie().filter((c) => !c.startsWith('__Host-version-key='))).toEqual([])
    expect(response.headers.get('X-Stub-Request-Id')).toBeNull()
    expect(response.headers.get('X-Request-Id')).not.toBe('first-visit')
    expect(response.headers.get('X-App-Version')).toBe('qihe-intake@stub-1')
  })

  it('keeps hashed assets too, so the kept shell can load its scripts', async () => {
    const { prefix, call, broken } = appMount()
    await call(`${prefix}/assets/index-Ab12.js`)
    const response = await broken(`${prefix}/assets/index-Ab12.js`)
    expect(response.status).toBe(200)
    expect(response.headers.get('X-Fallback')).toBe('last-good-asset')
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(await response.text()).toBe('export {}')
  })

  it('answers for a file the new build no longer has, so a page of the previous build still loads', async () => {
    const { prefix, call } = appMount()
    await call(`${prefix}/assets/chunk-Old1.js`)
    const spaShell = {
      fetch: async () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
    }
    const gone = { fetch: async () => new Response('Not Found', { status: 404 }) }
    for (const newBuild of [spaShell, gone]) {
      const response = await call(`${prefix}/assets/chunk-Old1.js`, {}, { QIHE_INTAKE: newBuild })
      expect(response.status).toBe(200)
      expect(response.headers.get('X-Fallback')).toBe('last-good-asset')
      expect(response.headers.get('Content-Type')).toBe('text/javascript')
      expect(await response.text()).toBe('export {}')
    }
    const neverSeen = await call(`${prefix}/assets/chunk-Never.js`, {}, { QIHE_INTAKE: gone })
    expect(neverSeen.status).toBe(404)
  })

  it('keeps every file the kept shell names, and the chunks those name, before any browser asked for them', async () => {
    const { prefix, call } = appMount()
    await call(`${prefix}/`)
    const gone = { fetch: async () => new Response('Not Found', { status: 404 }) }
    for (const [file, type] of [
      ['entry-Stub1.js', 'text/javascript'],
      ['lazy-Stub2.js', 'text/javascript'],
      ['style-Stub3.css', 'text/javascript'],
    ] as const) {
      const response = await call(`${prefix}/assets/${file}`, {}, { QIHE_INTAKE: gone })
      expect(response.status, file).toBe(200)
      expect(response.headers.get('X-Fallback'), file).toBe('last-good-asset')
      expect(response.headers.get('Content-Type'), file).toBe(type)
    }
    expect((await call(`${prefix}/assets/unnamed-Stub9.js`, {}, { QIHE_INTAKE: gone })).status).toBe(404)
  })

  it('is never an answer that was not a 200 HTML page: 404s, redirects, plain text are not kept', async () => {
    const { prefix, call, broken } = appMount()
    expect((await call(`${prefix}/missing`)).status).toBe(404)
    expect((await call(`${prefix}/moved`, { redirect: 'manual' })).status).toBe(302)
    expect((await call(`${prefix}/plain`)).status).toBe(200)
    const response = await broken(`${prefix}/`)
    expect(response.status).toBe(502)
    expect(response.headers.get('X-Fallback')).toBeNull()
    expect(await response.text()).toContain('这部分暂时无法打开')
  })

  it('is never an HTML answer to an asset path (a single-page app answers a missing file with its shell)', async () => {
    const { prefix, call, broken } = appMount()
    const spa = await call(`${prefix}/assets/missing-1.js`)
    expect(spa.headers.get('Content-Type')).toMatch(/^text\/html/)
    const asset = await broken(`${prefix}/assets/missing-1.js`)
    expect(asset.status).toBe(502)
    expect((await broken(`${prefix}/`)).status).toBe(502)
  })

  it('is not served for a write, nor for a mount whose fallback is the page', async () => {
    const kept = appMount()
    await kept.call(`${kept.prefix}/`)
    const write = await kept.call(`${kept.prefix}/`, { method: 'POST' }, { QIHE_INTAKE: stub('THROWING') })
    expect(write.headers.get('X-Fallback')).toBeNull()
    const pageOnly = appMount({ fallback: 'page' })
    await pageOnly.call(`${pageOnly.prefix}/`)
    const response = await pageOnly.broken(`${pageOnly.prefix}/`)
    expect(response.status).toBe(502)
    expect(response.headers.get('X-Fallback')).toBeNull()
  })

  it('shows the friendly page when nothing was kept yet', async () => {
    const { prefix, broken } = appMount()
    const response = await broken(`${prefix}/`, 'HANGING')
    expect(response.status).toBe(504)
    expect(await response.text()).toContain('响应时间过长')
  })
})
