import { beforeAll, describe, expect, it } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, sessionCookie } from './identity'

// The staff apps open only with a signed-in session (test/staff-gate.test.ts covers the gate).
let staff: { Cookie: string }
beforeAll(async () => {
  staff = { Cookie: await sessionCookie((await createTestAccount()).id) }
})

describe('routing to the apps', () => {
  it('strips the mount prefix before an app worker sees the path', async () => {
    const response = await fetchGateway('/qihe/assets/x.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('X-Stub-App')).toBe('qihe-intake')
    expect(response.headers.get('X-Stub-Path')).toBe('/assets/x.js')
  })

  it('sends each app mount to its own worker, deep links and query included', async () => {
    const cases = [
      ['/qihe/', 'qihe-intake', '/'],
      [
        '/board/nominations/01JD0000000000000000000000?tab=open',
        'review-board',
        '/nominations/01JD0000000000000000000000?tab=open',
      ],
      ['/desk/stations/abc', 'officer-desk', '/stations/abc'],
    ] as const
    for (const [path, app, seen] of cases) {
      const response = await fetchGateway(path, { headers: staff })
      expect(response.status, path).toBe(200)
      expect(response.headers.get('X-Stub-App'), path).toBe(app)
      expect(response.headers.get('X-Stub-Path'), path).toBe(seen)
    }
  })

  it('redirects a bare mount to its trailing-slash form so relative asset paths resolve', async () => {
    const response = await fetchGateway('/qihe?from=home', { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(response.headers.get('Location')).toBe('/qihe/?from=home')
  })

  it('keeps an app redirect inside its mount', async () => {
    const response = await fetchGateway('/board/moved', { redirect: 'manual', headers: staff })
    expect(response.status).toBe(302)
    expect(response.headers.get('Location')).toBe('/board/landing-spot')
  })

  it('does not treat a longer word as the mount (/qihex is not /qihe)', async () => {
    const response = await fetchGateway('/qihex/')
    expect(response.status).toBe(404)
    expect(response.headers.get('X-Stub-App')).toBeNull()
  })
})

describe('routing to the domain workers', () => {
  it('passes API paths through unchanged', async () => {
    for (const worker of ['officers', 'communities', 'assessments', 'disputes']) {
      const response = await fetchGateway(`/api/${worker}/roster?station=01JD0000000000000000000000`)
      expect(response.status, worker).toBe(200)
      const echo = await response.json<{ worker: string; path: string }>()
      expect(echo).toMatchObject({ worker, path: `/api/${worker}/roster?station=01JD0000000000000000000000` })
    }
  })

  it('forwards the method and body of a write', async () => {
    const body = JSON.stringify({ summary: '邻里噪音' })
    const response = await fetchGateway('/api/disputes/intake', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    })
    const echo = await response.json<{ method: string; bodyBytes: number }>()
    expect(echo).toMatchObject({ method: 'POST', bodyBytes: body.length })
  })
})
