import { env } from 'cloudflare:workers'
import type { PlatformHealth } from '@platform/contracts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { TEST_TIMEOUT_MS, testGateway } from './test-gateway'

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

const EVERY_PART = [
  '/api/assessments',
  '/api/communities',
  '/api/disputes',
  '/api/officers',
  '/board',
  '/desk',
  '/qihe',
  'identity',
]

describe('GET /api/health', () => {
  it('answers 200 when every domain worker, app worker and the identity database is up', async () => {
    const response = await fetchGateway('/api/health')
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const health = await response.json<PlatformHealth>()
    expect(health.status).toBe('ok')
    expect(health.down).toEqual([])
    expect(health.version.id).toBe(env.CF_VERSION_METADATA.id)
    expect(health.parts.map((part) => part.name).sort()).toEqual(EVERY_PART)
    expect(health.parts.every((part) => part.status === 'up')).toBe(true)
  })

  it('needs no session and no actor', async () => {
    expect((await fetchGateway('/api/health', { headers: { Cookie: '__Host-sid=forged' } })).status).toBe(200)
  })

  it('answers 503 naming the parts that are down and why, the rest still up, within the timeout', async () => {
    const call = testGateway([
      { prefix: '/throws', binding: 'THROWING', zone: 'public', kind: 'app' },
      { prefix: '/fails', binding: 'FAILING', zone: 'public', kind: 'app' },
      { prefix: '/hangs', binding: 'HANGING', zone: 'public', kind: 'app' },
      { prefix: '/api/throws', binding: 'THROWING', zone: 'public', kind: 'api' },
      { prefix: '/api/hangs', binding: 'HANGING', zone: 'public', kind: 'api' },
      { prefix: '/api/degraded', binding: 'DEGRADED', zone: 'staff', kind: 'api' },
    ])
    const started = Date.now()
    const response = await call('/api/health')
    // In parallel: about one timeout, not one per hanging part.
    expect(Date.now() - started).toBeLessThan(TEST_TIMEOUT_MS * 6)
    expect(response.status).toBe(503)
    const health = await response.json<PlatformHealth>()
    expect(health.status).toBe('down')
    expect(health.down.sort()).toEqual(['/api/degraded', '/api/hangs', '/api/throws', '/fails', '/hangs', '/throws'])
    const reason = (name: string) => health.parts.find((part) => part.name === name)?.reason
    expect(reason('/throws')).toBe('failed')
    expect(reason('/fails')).toBe('failed')
    expect(reason('/hangs')).toBe('timeout')
    expect(reason('/api/hangs')).toBe('timeout')
    expect(reason('/api/throws')).toBe('failed')
    expect(reason('/api/degraded')).toBe('degraded')
    for (const name of EVERY_PART) expect(health.parts.find((part) => part.name === name)?.status, name).toBe('up')
    expect(JSON.stringify(health)).not.toMatch(/secret|\/srv\/internal|missingTables/)
  })

  it('reports a missing binding as a failed part', async () => {
    const response = await testGateway()('/api/health', {}, { DISPUTES: undefined })
    expect(response.status).toBe(503)
    expect((await response.json<PlatformHealth>()).down).toEqual(['/api/disputes'])
  })

  it('is in the gateway’s public OpenAPI document as a public operation', async () => {
    const document = await (await fetchGateway('/api/public/openapi.json')).json<{
      paths: Record<string, Record<string, { 'x-permission'?: string }>>
    }>()
    expect(document.paths['/api/health']?.get?.['x-permission']).toBe('public')
  })
})
