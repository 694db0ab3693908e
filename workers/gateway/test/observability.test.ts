import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { loggablePath, MASK } from '../src/observability/loggable-path'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, sessionCookie, testId } from './identity'
import { stub, testGateway } from './test-gateway'

type RequestLine = {
  level: string
  event: string
  requestId: string
  mount: string
  zone: string
  method: string
  path: string
  status: number
  durationMs: number
  version: string
  upstreamVersion?: string
}

let log: MockInstance<typeof console.log>
let staff: string
beforeAll(async () => {
  staff = await sessionCookie((await createTestAccount()).id)
})
beforeEach(() => {
  log = vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** The request lines written so far, parsed. */
const requestLines = () =>
  log.mock.calls.map(([line]) => JSON.parse(String(line)) as RequestLine).filter((line) => line.event === 'request')

async function lineOf(path: string, init: RequestInit = {}) {
  const requestId = `obs-${Math.random().toString(36).slice(2)}`
  const headers = new Headers(init.headers)
  headers.set('X-Request-Id', requestId)
  const response = await fetchGateway(path, { ...init, headers, redirect: 'manual' })
  await response.body?.cancel()
  const lines = requestLines().filter((line) => line.requestId === requestId)
  expect(lines, `${path}: exactly one request line`).toHaveLength(1)
  return { response, line: lines[0] as RequestLine }
}

describe('the request log', () => {
  it('writes one JSON line per request: id, mount, zone, method, path, status, duration, version', async () => {
    const { line } = await lineOf('/api/officers/roster?name=张三&phone=13800138000')
    expect(line).toEqual({
      level: 'info',
      worker: 'gateway',
      time: expect.any(String),
      event: 'request',
      requestId: expect.stringMatching(/^obs-/),
      mount: '/api/officers',
      zone: 'staff',
      method: 'GET',
      path: '/api/officers/roster',
      status: 200,
      durationMs: expect.any(Number),
      version: env.CF_VERSION_METADATA.id,
    })
  })

  it('names the gateway as the mount of its own pages and the zone of each app', async () => {
    expect((await lineOf('/')).line).toMatchObject({ mount: 'gateway', zone: 'gateway', status: 200 })
    expect((await lineOf('/qihe/')).line).toMatchObject({ mount: '/qihe', zone: 'public' })
    expect((await lineOf('/desk/', { headers: { Cookie: staff } })).line).toMatchObject({
      mount: '/desk',
      zone: 'staff',
    })
    expect((await lineOf('/nope')).line).toMatchObject({ mount: 'gateway', status: 404 })
  })

  it('records the version the app worker named', async () => {
    const { line } = await lineOf('/qihe/stations')
    expect(line.upstreamVersion).toBe('qihe-intake@stub-1')
  })

  it('never records cookies, query strings, bodies or secrets in the path', async () => {
    const secret = 'Zk3vQ9xY2mN8pL4tR7wC1a'
    const body = JSON.stringify({ phone: '13900139000', name: '李四' })
    const cases: [string, RequestInit][] = [
      [`/api/disputes/status/${secret}`, {}],
      ['/qihe/?q=13800138000', { headers: { Cookie: `lang=en; ${staff}` } }],
      ['/api/disputes/intake', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }],
    ]
    for (const [path, init] of cases) await lineOf(path, init)
    const text = log.mock.calls.map(([line]) => String(line)).join('\n')
    for (const value of [secret, '13800138000', '13900139000', '李四', staff.split('=')[1] ?? staff, 'lang=en'])
      expect(text).not.toContain(value)
  })

  it('logs a failed mount with the status the client got', async () => {
    const call = testGateway([
      { prefix: '/broken', binding: 'QIHE_INTAKE', zone: 'public', kind: 'app', fallback: 'page' },
    ])
    const response = await call(
      '/broken/',
      { headers: { 'X-Request-Id': 'obs-broken' } },
      { QIHE_INTAKE: stub('THROWING') },
    )
    expect(response.status).toBe(502)
    const line = requestLines().find((candidate) => candidate.requestId === 'obs-broken')
    expect(line).toMatchObject({ mount: '/broken', status: 502 })
  })
})

describe('the logged path', () => {
  it.each([
    ['/api/officers/roster', '/api/officers/roster'],
    [`/api/officers/officers/${testId('officer1')}`, `/api/officers/officers/${testId('officer1')}`],
    ['/qihe/assets/index-Bx7dK2a9.js', '/qihe/assets/index-Bx7dK2a9.js'],
    ['/api/v1/health', '/api/v1/health'],
    ['/api/disputes/status/abc', `/api/disputes/status/${MASK}`],
    ['/api/disputes/status/Zk3vQ9xY2mN8pL4tR7wC1a/extra', `/api/disputes/status/${MASK}/extra`],
    ['/desk/people/%E5%BC%A0%E4%B8%89', `/desk/people/${MASK}`],
    ['/qihe/track/13800138000', `/qihe/track/${MASK}`],
    ['/qihe/t/9f86d081884c7d659a2feaa0c55ad015', `/qihe/t/${MASK}`],
    ['/qihe/t/QH-2026-7K3M9P', `/qihe/t/${MASK}`],
  ])('%s is logged as %s', (path, logged) => {
    expect(loggablePath(path)).toBe(logged)
  })
})

describe('versions', () => {
  it('names the gateway build on every answer: pages, APIs, apps, redirects, errors', async () => {
    const version = env.CF_VERSION_METADATA.id
    expect(version).toMatch(/\S/)
    for (const path of [
      '/',
      '/nope',
      '/api/nope',
      '/api/public/district',
      '/api/officers/x',
      '/qihe/',
      '/qihe',
      '/desk/',
    ])
      expect((await fetchGateway(path, { redirect: 'manual' })).headers.get('X-Platform-Version'), path).toBe(version)
  })

  it("passes on the app worker's own version beside it", async () => {
    const response = await fetchGateway('/desk/', { headers: { Cookie: staff } })
    expect(response.headers.get('X-App-Version')).toBe('officer-desk@stub-1')
  })
})
