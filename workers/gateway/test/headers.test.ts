import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, withScriptSources } from '../src/middleware/security-headers'
import { mounts } from '../src/mounts'
import { speculationRuleHashes } from '../src/shell'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, sessionCookie } from './identity'

// The staff apps open only with a signed-in session.
let staff: { Cookie: string }
beforeAll(async () => {
  staff = { Cookie: await sessionCookie((await createTestAccount()).id) }
})

const htmlPolicy = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cache-control': 'no-cache',
}

function expectHtmlPolicy(
  response: Response,
  what: string,
  csp = htmlPolicy['content-security-policy'],
  cacheControl = htmlPolicy['cache-control'],
) {
  expect(response.headers.get('Content-Type'), what).toMatch(/^text\/html/)
  for (const [name, value] of Object.entries({
    ...htmlPolicy,
    'content-security-policy': csp,
    'cache-control': cacheControl,
  }))
    expect(response.headers.get(name), `${what}: ${name}`).toBe(value)
  expect(response.headers.get('Permissions-Policy'), what).toContain('camera=()')
  expect(response.headers.get('Content-Security-Policy'), what).not.toContain('unsafe-inline')
}

describe('security headers', () => {
  it('puts the full browser policy on every HTML page: landing, 404, docs and proxied app HTML', async () => {
    for (const path of ['/', '/no/such/page', '/api/docs']) {
      expectHtmlPolicy(await fetchGateway(path, { headers: staff }), path)
    }
    const staffApps = withScriptSources(htmlPolicy['content-security-policy'], await speculationRuleHashes(mounts))
    for (const path of ['/board/', '/desk/some/deep/link'])
      expectHtmlPolicy(await fetchGateway(path, { headers: staff }), path, staffApps, 'private, no-cache')
    expectHtmlPolicy(await fetchGateway('/qihe/'), '/qihe/', CONTENT_SECURITY_POLICY.public)
  })

  it("replaces an app's own caching of HTML with no-cache, but leaves its assets alone", async () => {
    expect((await fetchGateway('/qihe/')).headers.get('Cache-Control')).toBe('no-cache')
    const asset = await fetchGateway('/qihe/assets/x.js')
    expect(asset.headers.get('Content-Security-Policy')).toBeNull()
    expect(asset.headers.get('X-Content-Type-Options')).toBe('nosniff')
  })

  it('sends nosniff on JSON answers too', async () => {
    for (const path of ['/api/public/district', '/api/officers/roster', '/api/nope']) {
      expect((await fetchGateway(path)).headers.get('X-Content-Type-Options'), path).toBe('nosniff')
    }
  })
})

describe('request id', () => {
  it('gives every answer a request id', async () => {
    for (const path of ['/', '/nope', '/api/nope', '/qihe/', '/api/officers/x', '/_gateway/site.css']) {
      expect((await fetchGateway(path)).headers.get('X-Request-Id'), path).toMatch(/^[\w.:=-]{8,}$/)
    }
  })

  it('keeps a well-formed incoming id and replaces a malformed one', async () => {
    const kept = await fetchGateway('/', { headers: { 'X-Request-Id': 'trace-abc.123' } })
    expect(kept.headers.get('X-Request-Id')).toBe('trace-abc.123')
    const replaced = await fetchGateway('/', { headers: { 'X-Request-Id': 'bad id <script>' } })
    expect(replaced.headers.get('X-Request-Id')).not.toContain('<')
    expect(replaced.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('forwards the same id to the app and domain workers', async () => {
    const app = await fetchGateway('/desk/', { headers: staff })
    expect(app.headers.get('X-Stub-Request-Id')).toBe(app.headers.get('X-Request-Id'))
    const api = await fetchGateway('/api/communities/stations', { headers: { 'X-Request-Id': 'from-client-1' } })
    expect((await api.json<{ requestId: string }>()).requestId).toBe('from-client-1')
  })
})
