import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

describe('GET /api/assessments/openapi.json', () => {
  it('publishes an OpenAPI 3.1 document listing every route of the worker', async () => {
    const res = await exports.default.fetch('http://x/api/assessments/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { openapi: string; info: { title: string }; paths: Record<string, unknown> }
    expect(doc.openapi).toMatch(/^3\.1\./)
    expect(doc.info.title).toBe('Assessments API')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/assessments/audit/verify',
      '/api/assessments/board/members',
      '/api/assessments/health',
      '/api/assessments/openapi.json',
    ])
  })

  it('names the permission each route checks (x-permission)', async () => {
    const res = await exports.default.fetch('http://x/api/assessments/openapi.json')
    const doc = (await res.json()) as { paths: Record<string, { get: Record<string, unknown> }> }
    expect(
      Object.fromEntries(Object.entries(doc.paths).map(([path, item]) => [path, item.get['x-permission']])),
    ).toEqual({
      '/api/assessments/health': 'public',
      '/api/assessments/openapi.json': 'public',
      '/api/assessments/board/members': 'board.members.read',
      '/api/assessments/audit/verify': 'audit.verify',
    })
  })
})
