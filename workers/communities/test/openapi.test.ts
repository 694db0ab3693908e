import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'

type OpenApiDocument = {
  openapi: string
  info: { title: string }
  paths: Record<string, Record<string, unknown>>
  components: { schemas: Record<string, unknown> }
}

describe('GET /api/communities/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route of the worker', async () => {
    const response = await exports.default.fetch('http://communities/api/communities/openapi.json')
    expect(response.status).toBe(200)
    const document = await response.json<OpenApiDocument>()
    expect(document.openapi).toBe('3.1.0')
    expect(document.info.title).toBe('Communities API')
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/communities/audit/verify',
      '/api/communities/health',
      '/api/communities/openapi.json',
      '/api/communities/public/stations',
      '/api/communities/stations/{id}',
    ])
  })

  it('names the permission each route checks (x-permission)', async () => {
    const response = await exports.default.fetch('http://communities/api/communities/openapi.json')
    const document = await response.json<OpenApiDocument>()
    const permissions = Object.fromEntries(
      Object.entries(document.paths).map(([path, item]) => [
        path,
        (item.get as Record<string, unknown>)['x-permission'],
      ]),
    )
    expect(permissions).toEqual({
      '/api/communities/health': 'public',
      '/api/communities/openapi.json': 'public',
      '/api/communities/public/stations': 'public',
      '/api/communities/stations/{id}': 'station.read',
      '/api/communities/audit/verify': 'audit.verify',
    })
  })

  it('describes the responses with the shared schemas of the contracts', async () => {
    const response = await exports.default.fetch('http://communities/api/communities/openapi.json')
    const document = await response.json<OpenApiDocument>()
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['PublicStations', 'StationDetail', 'Community', 'Grid', 'Error', 'Health']),
    )
  })
})
