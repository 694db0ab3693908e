import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest'
import { createGateway } from '../src/gateway'
import { defineMounts, type MountInput, mounts, type ServiceBinding } from '../src/mounts'
import { createTestAccount, sessionCookie } from './identity'

/**
 * The gateway with the production mounts plus mounts on the three failing stubs (see
 * vitest.config.ts), every timeout shortened to keep the never-answering case fast.
 */
const TIMEOUT_MS = 100
type FaultBinding = 'THROWING' | 'FAILING' | 'HANGING'
const fault = (prefix: `/${string}`, binding: FaultBinding, kind: 'app' | 'api'): MountInput => ({
  prefix,
  binding: binding as ServiceBinding,
  zone: 'public',
  kind,
})
const testMounts = defineMounts(
  [
    ...mounts,
    fault('/throws', 'THROWING', 'app'),
    fault('/fails', 'FAILING', 'app'),
    fault('/hangs', 'HANGING', 'app'),
    fault('/api/throws', 'THROWING', 'api'),
    fault('/api/fails', 'FAILING', 'api'),
    fault('/api/hangs', 'HANGING', 'api'),
  ].map((mount) => ({ ...mount, timeoutMs: TIMEOUT_MS })),
)
const faultEnv = env as unknown as Env & Record<FaultBinding, Fetcher>

/** A request to the test gateway; `bindings` swaps a worker for a failing stub. */
function call(path: string, init: RequestInit = {}, bindings: Partial<Record<keyof Env, unknown>> = {}) {
  const gateway = createGateway({ mounts: testMounts })
  const request = new Request(new URL(path, 'http://127.0.0.1:8787'), init)
  return gateway.fetch(request, { ...faultEnv, ...bindings }, createExecutionContext())
}

const INTERNALS = /secret|\/srv\/internal|at \w+ \(/

// Each failure logs a line on purpose; keep the test output for real surprises.
let warn: MockInstance<typeof console.warn>
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('an app mount that fails', () => {
  it('answers a throwing worker with a 502 page that has the request id and a retry link', async () => {
    const response = await call('/throws/cases/1?tab=2', { headers: { 'X-Request-Id': 'req-throws-1' } })
    expect(response.status).toBe(502)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'")
    const page = await response.text()
    expect(page).toContain('这部分暂时无法打开')
    expect(page).toContain('req-throws-1')
    expect(page).toContain('href="/throws/cases/1?tab=2"')
    expect(page).not.toMatch(INTERNALS)
  })

  it('answers a worker that returns 500 with the same friendly page, not its error page', async () => {
    const response = await call('/fails/', { headers: { Cookie: 'lang=en' } })
    expect(response.status).toBe(502)
    const page = await response.text()
    expect(page).toContain('This part cannot be opened right now')
    expect(page).not.toMatch(INTERNALS)
  })

  it('gives up on a worker that never answers after its mount timeout: 504 page', async () => {
    const started = Date.now()
    const response = await call('/hangs/')
    expect(response.status).toBe(504)
    expect(Date.now() - started).toBeLessThan(2000)
    expect(await response.text()).toContain('响应时间过长')
  })

  it('answers 502 when the worker behind a mount is missing', async () => {
    const staff = { Cookie: await sessionCookie((await createTestAccount()).id) }
    const response = await call('/board/', { headers: staff }, { REVIEW_BOARD: undefined })
    expect(response.status).toBe(502)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
  })
})

describe('an API mount that fails', () => {
  it('answers a throwing worker with 502 UPSTREAM_FAILED in the error shape, with the request id', async () => {
    const response = await call('/api/throws/things', { headers: { 'X-Request-Id': 'req-api-1' } })
    expect(response.status).toBe(502)
    const body = await response.json()
    expect(body).toMatchObject({ error: { code: 'UPSTREAM_FAILED', details: { requestId: 'req-api-1' } } })
    expect(JSON.stringify(body)).not.toMatch(INTERNALS)
  })

  it('does not pass on a non-JSON error page from a worker', async () => {
    const response = await call('/api/fails/things')
    expect(response.status).toBe(502)
    expect(JSON.stringify(await response.json())).not.toMatch(INTERNALS)
  })

  it('answers a worker that never answers with 504 UPSTREAM_TIMEOUT', async () => {
    const response = await call('/api/hangs/things')
    expect(response.status).toBe(504)
    expect(await response.json()).toMatchObject({ error: { code: 'UPSTREAM_TIMEOUT' } })
  })

  it('logs one structured line per failure, without personal data or internals', async () => {
    await call('/api/throws/things?name=张三', { headers: { 'X-Request-Id': 'req-log-1' } })
    expect(warn).toHaveBeenCalledTimes(1)
    const line = String(warn.mock.calls[0]?.[0])
    expect(JSON.parse(line)).toMatchObject({
      level: 'warn',
      event: 'upstream_error',
      requestId: 'req-log-1',
      mount: '/api/throws',
      code: 'UPSTREAM_FAILED',
    })
    expect(line).not.toMatch(/张三|secret/)
  })
})

describe('failure isolation', () => {
  it('keeps the other mounts answering while one hangs', async () => {
    const finished: string[] = []
    const track = (name: string, pending: Promise<Response> | Response) =>
      Promise.resolve(pending).then((response) => {
        finished.push(name)
        return response
      })
    const [hung, app, api, landing] = await Promise.all([
      track('hangs', call('/hangs/')),
      track('qihe', call('/qihe/')),
      track('officers', call('/api/officers/roster')),
      track('landing', call('/')),
    ])
    expect(hung.status).toBe(504)
    expect([app.status, api.status, landing.status]).toEqual([200, 200, 200])
    expect(finished.at(-1)).toBe('hangs')
  })
})

describe('district counts when a domain worker fails', () => {
  it('answers 502 when the officers worker throws', async () => {
    const response = await call('/api/public/district', {}, { OFFICERS: faultEnv.THROWING })
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ error: { code: 'UPSTREAM_FAILED' } })
  })

  it('answers 504 when the communities worker never answers', async () => {
    const response = await call('/api/public/district', {}, { COMMUNITIES: faultEnv.HANGING })
    expect(response.status).toBe(504)
    expect(await response.json()).toMatchObject({ error: { code: 'UPSTREAM_TIMEOUT' } })
  })

  it('still serves the landing page, saying the figures are unavailable', async () => {
    const response = await call('/', {}, { OFFICERS: faultEnv.THROWING })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('辖区数据暂时无法获取')
  })
})

describe('API docs when a worker fails', () => {
  it('renders the other documents and marks the failing one unavailable', async () => {
    const response = await call('/api/docs', {}, { DISPUTES: faultEnv.HANGING })
    expect(response.status).toBe(200)
    const page = await response.text()
    expect(page).toContain('UPSTREAM_TIMEOUT')
    expect(page).toContain('officers stub API')
    expect(page).not.toContain('disputes stub API')
  })
})

describe('unexpected errors', () => {
  it('answers 500 with the request id, logs one JSON line and shows no internals', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    // A table without the communities mount: counting the district is a configuration bug.
    const broken = createGateway({ mounts: defineMounts(mounts.filter((mount) => mount.binding !== 'COMMUNITIES')) })
    const request = new Request('http://127.0.0.1:8787/api/public/district', { headers: { 'X-Request-Id': 'req-500' } })
    const response = await broken.fetch(request, env, createExecutionContext())
    expect(response.status).toBe(500)
    const body = await response.json()
    expect(body).toEqual({
      error: { code: 'INTERNAL', message: expect.any(String), details: { requestId: 'req-500' } },
    })
    expect(JSON.stringify(body)).not.toMatch(/COMMUNITIES|at \w+ \(/)
    expect(error).toHaveBeenCalledTimes(1)
    expect(JSON.parse(String(error.mock.calls[0]?.[0]))).toMatchObject({
      level: 'error',
      event: 'unexpected_error',
      requestId: 'req-500',
    })
  })
})
