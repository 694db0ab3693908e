import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

type OpenApiDocument = { openapi: string; info: { title: string }; paths: Record<string, Record<string, unknown>> }

describe('GET /api/officers/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route of the worker', async () => {
    const response = await exports.default.fetch('http://officers/api/officers/openapi.json')
    expect(response.status).toBe(200)
    const document = await response.json<OpenApiDocument>()
    expect(document.openapi).toBe('3.1.0')
    expect(document.info.title).toBe('Officers API')
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/officers/audit/verify',
      '/api/officers/grids/{gridId}/responsible',
      '/api/officers/health',
      '/api/officers/openapi.json',
      '/api/officers/roster',
    ])
    expect(Object.keys(document.paths['/api/officers/roster'] ?? {})).toEqual(['get'])
  })

  it('names the permission each route checks (x-permission)', async () => {
    const response = await exports.default.fetch('http://officers/api/officers/openapi.json')
    const document = await response.json<OpenApiDocument>()
    const permissions = Object.fromEntries(
      Object.entries(document.paths).map(([path, item]) => [
        path,
        (item.get as Record<string, unknown>)['x-permission'],
      ]),
    )
    expect(permissions).toEqual({
      '/api/officers/health': 'public',
      '/api/officers/openapi.json': 'public',
      '/api/officers/roster': 'roster.read',
      '/api/officers/grids/{gridId}/responsible': 'grid.responsible.read',
      '/api/officers/audit/verify': 'audit.verify',
    })
  })

  it('describes the responses with the shared schemas of the contracts', async () => {
    const response = await exports.default.fetch('http://officers/api/officers/openapi.json')
    const document = await response.json<{ components: { schemas: Record<string, unknown> } }>()
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'Roster',
        'RosterOfficer',
        'Team',
        'Group',
        'OfficerProfile',
        'ResponsibleOfficer',
        'Error',
        'Health',
      ]),
    )
  })
})
