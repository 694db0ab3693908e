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
      '/api/disputes/audit/verify',
      '/api/disputes/health',
      '/api/disputes/openapi.json',
      '/api/disputes/public/qihe',
      '/api/disputes/routing/{communityId}',
      '/api/disputes/staff',
    ])
  })

  it('names the permission each route checks (x-permission)', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/openapi.json')
    const doc = (await res.json()) as { paths: Record<string, { get: Record<string, unknown> }> }
    expect(
      Object.fromEntries(Object.entries(doc.paths).map(([path, item]) => [path, item.get['x-permission']])),
    ).toEqual({
      '/api/disputes/health': 'public',
      '/api/disputes/openapi.json': 'public',
      '/api/disputes/public/qihe': 'public',
      '/api/disputes/staff': 'qihe.staff.read',
      '/api/disputes/routing/{communityId}': 'dispute.routing.read',
      '/api/disputes/audit/verify': 'audit.verify',
    })
  })
})
