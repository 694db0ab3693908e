import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

describe('GET /api/disputes/openapi.json', () => {
  it('publishes an OpenAPI 3.1 document listing every route of the worker', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { openapi: string; info: { title: string }; paths: Record<string, unknown> }
    expect(doc.openapi).toMatch(/^3\.1\./)
    expect(doc.info.title).toBe('Disputes API')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/disputes/health',
      '/api/disputes/public/qihe',
      '/api/disputes/routing/{communityId}',
      '/api/disputes/staff',
    ])
  })
})
