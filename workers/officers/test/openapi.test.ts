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
      '/api/officers/assignments',
      '/api/officers/audit/verify',
      '/api/officers/duty-exceptions',
      '/api/officers/duty-exceptions/{id}/cosign',
      '/api/officers/duty-exceptions/{id}/decision',
      '/api/officers/grids/{gridId}/responsible',
      '/api/officers/health',
      '/api/officers/ledger',
      '/api/officers/me/presence',
      '/api/officers/me/report',
      '/api/officers/me/tasks',
      '/api/officers/me/tasks/{id}/progress',
      '/api/officers/me/today',
      '/api/officers/me/week',
      '/api/officers/me/week/submit',
      '/api/officers/meetings',
      '/api/officers/openapi.json',
      '/api/officers/presence/weeks',
      '/api/officers/presence/weeks/approve',
      '/api/officers/reports/team-sheet',
      '/api/officers/reports/weekly',
      '/api/officers/roster',
      '/api/officers/task-templates',
      '/api/officers/task-templates/{id}/retire',
      '/api/officers/transfers',
      '/api/officers/transfers/{id}/complete',
      '/api/officers/transfers/{id}/decision',
    ])
    expect(Object.keys(document.paths['/api/officers/roster'] ?? {})).toEqual(['get'])
  })

  it('names the permission each route checks (x-permission)', async () => {
    const response = await exports.default.fetch('http://officers/api/officers/openapi.json')
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
      'GET /api/officers/health': 'public',
      'GET /api/officers/openapi.json': 'public',
      'GET /api/officers/roster': 'roster.read',
      'GET /api/officers/grids/{gridId}/responsible': 'grid.responsible.read',
      'GET /api/officers/audit/verify': 'audit.verify',
      'POST /api/officers/assignments': 'assignment.create',
      'GET /api/officers/assignments': 'assignment.read',
      'POST /api/officers/duty-exceptions': 'duty_exception.request',
      'GET /api/officers/duty-exceptions': 'duty_exception.read',
      'POST /api/officers/duty-exceptions/{id}/cosign': 'duty_exception.request',
      'POST /api/officers/duty-exceptions/{id}/decision': 'duty_exception.decide',
      'GET /api/officers/me/week': 'presence.self',
      'POST /api/officers/me/presence': 'presence.self',
      'POST /api/officers/me/week/submit': 'presence.self',
      'GET /api/officers/presence/weeks': 'presence.review',
      'POST /api/officers/presence/weeks/approve': 'presence.approve',
      'POST /api/officers/transfers': 'transfer.request',
      'GET /api/officers/transfers': 'transfer.read',
      'POST /api/officers/transfers/{id}/decision': 'transfer.decide',
      'POST /api/officers/transfers/{id}/complete': 'transfer.request',
      'GET /api/officers/me/tasks': 'task.self',
      'GET /api/officers/me/today': 'task.self',
      'POST /api/officers/me/tasks/{id}/progress': 'task.self',
      'GET /api/officers/me/report': 'task.self',
      'GET /api/officers/task-templates': 'task.plan.read',
      'POST /api/officers/task-templates': 'task.plan.write',
      'POST /api/officers/task-templates/{id}/retire': 'task.plan.write',
      'GET /api/officers/meetings': 'task.plan.read',
      'GET /api/officers/ledger': 'ledger.read',
      'GET /api/officers/reports/weekly': 'report.read',
      'GET /api/officers/reports/team-sheet': 'report.read',
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
