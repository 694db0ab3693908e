import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, PASSWORD, randomAddress, sessionCookie, type TestAccount } from './identity'

const OWN_ORIGIN = 'http://127.0.0.1:8787'

let officer: TestAccount
beforeAll(async () => {
  officer = await createTestAccount({ roles: ['officer'] })
})
beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

const formLogin = (headers: Record<string, string>) =>
  fetchGateway('/auth/login', {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': randomAddress(), ...headers },
    body: new URLSearchParams({ username: officer.username, password: PASSWORD }).toString(),
  })

const jsonWrite = (path: string, headers: Record<string, string>, method = 'POST') =>
  fetchGateway(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: '{"a":1}' })

describe('cross-site requests that change state', () => {
  it('refuses a cross-site form post with 403 and a page, before it signs anyone in', async () => {
    const response = await formLogin({ 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(await response.text()).toContain('请求已被拒绝')
    expect(response.headers.getSetCookie()).toEqual([])
  })

  it('refuses a cross-origin JSON write to a domain worker with 403 CSRF_REJECTED; the worker never sees it', async () => {
    const cookie = await sessionCookie(officer.id)
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const response = await jsonWrite(
        '/api/officers/things',
        { Origin: 'https://evil.example', Cookie: cookie },
        method,
      )
      expect(response.status, method).toBe(403)
      const body = await response.json<Record<string, unknown>>()
      expect(body, method).toEqual({ error: { code: 'CSRF_REJECTED', message: expect.any(String) } })
      expect(body).not.toHaveProperty('worker')
    }
  })

  it('refuses same-site but cross-origin requests, and an opaque (null) origin', async () => {
    expect((await jsonWrite('/api/disputes/intake', { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403)
    expect(
      (await jsonWrite('/api/disputes/intake', { 'Sec-Fetch-Site': 'cross-site', Origin: OWN_ORIGIN })).status,
    ).toBe(403)
    expect((await jsonWrite('/api/disputes/intake', { Origin: 'null' })).status).toBe(403)
    expect((await jsonWrite('/api/disputes/intake', { Origin: 'http://127.0.0.1:9999' })).status).toBe(403)
    expect((await jsonWrite('/auth/logout', { Origin: 'https://evil.example' })).status).toBe(403)
    expect((await jsonWrite('/api/identity/accounts', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403)
  })

  it('lets same-origin requests through, form and JSON alike', async () => {
    const form = await formLogin({ 'Sec-Fetch-Site': 'same-origin', Origin: OWN_ORIGIN })
    expect(form.status).toBe(303)
    const json = await jsonWrite('/api/officers/things', { 'Sec-Fetch-Site': 'same-origin', Origin: OWN_ORIGIN })
    expect(json.status).toBe(200)
    expect(await json.json()).toMatchObject({ worker: 'officers', method: 'POST' })
  })

  it('trusts Sec-Fetch-Site over the null Origin Chromium sends under Referrer-Policy: no-referrer', async () => {
    const form = await formLogin({ 'Sec-Fetch-Site': 'same-origin', Origin: 'null' })
    expect(form.status).toBe(303)
    const json = await jsonWrite('/api/officers/things', { 'Sec-Fetch-Site': 'same-origin', Origin: 'null' })
    expect(json.status).toBe(200)
  })

  it('lets requests without browser headers through (scripts, curl), and user-initiated ones (none)', async () => {
    expect((await jsonWrite('/api/officers/things', {})).status).toBe(200)
    expect((await formLogin({ 'Sec-Fetch-Site': 'none' })).status).toBe(303)
  })

  it('leaves reads alone, whoever links to them', async () => {
    const response = await fetchGateway('/api/officers/roster', {
      headers: { 'Sec-Fetch-Site': 'cross-site', Origin: 'https://evil.example' },
    })
    expect(response.status).toBe(200)
  })
})

describe('CORS', () => {
  it('sends no Access-Control-Allow-* header, not even to a preflight or a cross-origin read', async () => {
    const requests: [string, RequestInit][] = [
      ['/api/officers/roster', { headers: { Origin: 'https://evil.example' } }],
      [
        '/api/officers/roster',
        { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } },
      ],
      ['/auth/me', { headers: { Origin: 'https://evil.example' } }],
      ['/auth/login', { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } }],
      ['/api/public/district', { headers: { Origin: 'https://evil.example' } }],
    ]
    for (const [path, init] of requests) {
      const response = await fetchGateway(path, init)
      const cors = [...response.headers.keys()].filter((name) => name.startsWith('access-control-'))
      expect(cors, `${init.method ?? 'GET'} ${path}`).toEqual([])
    }
  })
})
