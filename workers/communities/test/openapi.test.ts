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
      '/api/communities/communities/{communityId}/incidents',
      '/api/communities/communities/{communityId}/incidents/{month}/{type}',
      '/api/communities/communities/{communityId}/registrations',
      '/api/communities/communities/{communityId}/registrations/{month}',
      '/api/communities/defence-groups',
      '/api/communities/defence-groups/{groupId}',
      '/api/communities/defence-groups/{groupId}/duty-reports',
      '/api/communities/defence-groups/{groupId}/rota',
      '/api/communities/defence-groups/{groupId}/shops',
      '/api/communities/duty-problems/{problemId}/escalate',
      '/api/communities/figures',
      '/api/communities/health',
      '/api/communities/joint-defence',
      '/api/communities/key-unit-findings/{findingId}/fix',
      '/api/communities/key-units',
      '/api/communities/key-units/{unitId}',
      '/api/communities/key-units/{unitId}/inspections',
      '/api/communities/league',
      '/api/communities/league/{quarter}/rewards',
      '/api/communities/managers',
      '/api/communities/managers/{managerId}',
      '/api/communities/openapi.json',
      '/api/communities/outreach',
      '/api/communities/outreach-campaigns',
      '/api/communities/outreach-campaigns/{campaignId}/events',
      '/api/communities/outreach-groups',
      '/api/communities/outreach-groups/{outreachGroupId}',
      '/api/communities/public/stations',
      '/api/communities/shops/{shopId}',
      '/api/communities/stations/{id}',
    ])
  })

  it('names the permission each route checks (x-permission)', async () => {
    const response = await exports.default.fetch('http://communities/api/communities/openapi.json')
    const document = await response.json<OpenApiDocument>()
    const permissions = Object.fromEntries(
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.entries(item).map(([method, operation]) => [
          `${method.toUpperCase()} ${path}`,
          (operation as Record<string, unknown>)['x-permission'],
        ]),
      ),
    )
    expect(permissions).toEqual({
      'GET /api/communities/health': 'public',
      'GET /api/communities/openapi.json': 'public',
      'GET /api/communities/public/stations': 'public',
      'GET /api/communities/stations/{id}': 'station.read',
      'GET /api/communities/communities/{communityId}/registrations': 'registration.read',
      'POST /api/communities/communities/{communityId}/registrations': 'registration.write',
      'PUT /api/communities/communities/{communityId}/registrations/{month}': 'registration.write',
      'GET /api/communities/league': 'league.read',
      'GET /api/communities/figures': 'figures.read',
      'GET /api/communities/defence-groups/{groupId}/rota': 'defence.rota.read',
      'GET /api/communities/joint-defence': 'defence.rota.read',
      'GET /api/communities/communities/{communityId}/incidents': 'figures.read',
      'POST /api/communities/communities/{communityId}/incidents': 'incident.write',
      'PUT /api/communities/communities/{communityId}/incidents/{month}/{type}': 'incident.write',
      'POST /api/communities/defence-groups': 'defence.manage',
      'PUT /api/communities/defence-groups/{groupId}': 'defence.manage',
      'POST /api/communities/defence-groups/{groupId}/shops': 'defence.manage',
      'PUT /api/communities/shops/{shopId}': 'defence.manage',
      'GET /api/communities/defence-groups/{groupId}/duty-reports': 'defence.report.read',
      'POST /api/communities/defence-groups/{groupId}/duty-reports': 'defence.report',
      'POST /api/communities/duty-problems/{problemId}/escalate': 'defence.report',
      'GET /api/communities/key-units': 'keyunit.read',
      'POST /api/communities/key-units': 'keyunit.manage',
      'GET /api/communities/key-units/{unitId}': 'keyunit.read',
      'POST /api/communities/key-units/{unitId}/inspections': 'keyunit.inspect',
      'POST /api/communities/key-unit-findings/{findingId}/fix': 'keyunit.inspect',
      'GET /api/communities/managers': 'manager.read',
      'POST /api/communities/managers': 'manager.manage',
      'PUT /api/communities/managers/{managerId}': 'manager.manage',
      'GET /api/communities/league/{quarter}/rewards': 'league.read',
      'POST /api/communities/league/{quarter}/rewards': 'league.reward',
      'GET /api/communities/outreach': 'outreach.read',
      'POST /api/communities/outreach-groups': 'outreach.write',
      'PUT /api/communities/outreach-groups/{outreachGroupId}': 'outreach.write',
      'POST /api/communities/outreach-campaigns': 'outreach.write',
      'POST /api/communities/outreach-campaigns/{campaignId}/events': 'outreach.write',
      'GET /api/communities/outreach-campaigns/{campaignId}/events': 'outreach.read',
      'GET /api/communities/audit/verify': 'audit.verify',
    })
  })

  it('describes the responses with the shared schemas of the contracts', async () => {
    const response = await exports.default.fetch('http://communities/api/communities/openapi.json')
    const document = await response.json<OpenApiDocument>()
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'PublicStations',
        'StationDetail',
        'Community',
        'Grid',
        'Error',
        'Health',
        'Registration',
        'RegistrationInput',
        'League',
        'Figures',
        'GroupRota',
        'DutyOfDay',
      ]),
    )
  })
})
