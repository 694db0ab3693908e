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
      '/api/officers/grids/{gridId}/responsible',
      '/api/officers/health',
      '/api/officers/roster',
    ])
    expect(Object.keys(document.paths['/api/officers/roster'] ?? {})).toEqual(['get'])
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
