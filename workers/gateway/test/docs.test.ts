import { describe, expect, it } from 'vitest'
import { fetchGateway } from './fetch-gateway'

describe('GET /api/docs', () => {
  it('renders the four workers’ OpenAPI documents and the gateway’s own on one page', async () => {
    const response = await fetchGateway('/api/docs')
    expect(response.status).toBe(200)
    const page = await response.text()
    for (const worker of ['officers', 'communities', 'assessments', 'disputes']) {
      expect(page).toContain(`${worker} stub API`)
      expect(page).toContain(`href="/api/${worker}/openapi.json"`)
      expect(page).toContain(`<code>/api/${worker}/things/{id}</code>`)
    }
    expect(page).toContain('Gateway public API')
    expect(page).toContain('<code>/api/public/district</code>')
    expect(page).toContain('href="/api/public/openapi.json"')
  })

  it('shows each operation with its method, summary, parameters, body and responses', async () => {
    const page = await (await fetchGateway('/api/docs', { headers: { Cookie: 'lang=en' } })).text()
    expect(page).toContain('<span class="method method--get">GET</span>')
    expect(page).toContain('<span class="method method--post">POST</span>')
    expect(page).toContain('Read one officers thing')
    expect(page).toContain('Parameters')
    expect(page).toContain('opaque id')
    expect(page).toContain('Request body')
    expect(page).toContain('<strong>404</strong> No such thing')
  })

  it('renders JSON Schema compactly, linking named schemas', async () => {
    const page = await (await fetchGateway('/api/docs')).text()
    expect(page).toContain('id="officers-schema-Thing"')
    expect(page).toContain('<a href="#officers-schema-Thing">Thing</a>')
    expect(page).toContain('&quot;A&quot; | &quot;B&quot; | null')
    expect(page).toContain('string&lt;date&gt;')
    expect(page).toContain('{ code: string, message: string }')
  })

  it('is plain HTML without script', async () => {
    const page = await (await fetchGateway('/api/docs')).text()
    expect(page).not.toMatch(/<script|\sstyle=|\son\w+=/i)
  })

  it('serves the gateway’s own OpenAPI document', async () => {
    const document = await (await fetchGateway('/api/public/openapi.json')).json<{ paths: Record<string, unknown> }>()
    expect(Object.keys(document.paths)).toContain('/api/public/district')
  })
})

describe('the identity API document', () => {
  it('describes sign-in and account administration, every operation with its permission', async () => {
    const response = await fetchGateway('/api/identity/openapi.json')
    expect(response.status).toBe(200)
    const document = await response.json<{ paths: Record<string, Record<string, { 'x-permission'?: string }>> }>()
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/identity/accounts',
      '/api/identity/accounts/{id}/disable',
      '/api/identity/accounts/{id}/enable',
      '/api/identity/accounts/{id}/reset-password',
      '/api/identity/audit/verify',
      '/auth/login',
      '/auth/logout',
      '/auth/me',
      '/auth/password',
      '/auth/totp',
      '/auth/totp/enrol',
    ])
    for (const [path, operations] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(operations))
        expect(operation['x-permission'], `${method} ${path}`).toMatch(
          /^(public|account\.(self|manage)|audit\.verify)$/,
        )
    expect(document.paths['/api/identity/accounts']?.post?.['x-permission']).toBe('account.manage')
    expect(document.paths['/api/identity/audit/verify']?.get?.['x-permission']).toBe('audit.verify')
  })

  it('is on the docs page after the public API', async () => {
    const page = await (await fetchGateway('/api/docs')).text()
    expect(page).toContain('Gateway identity API')
    expect(page).toContain('href="/api/identity/openapi.json"')
    expect(page.indexOf('Gateway public API')).toBeLessThan(page.indexOf('Gateway identity API'))
    expect(page).toContain('<code>/api/identity/accounts/{id}/reset-password</code>')
  })
})
