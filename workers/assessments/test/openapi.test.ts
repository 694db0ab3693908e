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
      '/api/assessments/exemption-cases',
      '/api/assessments/exemption-cases/{caseId}',
      '/api/assessments/exemption-cases/{caseId}/appeal',
      '/api/assessments/exemption-cases/{caseId}/decision',
      '/api/assessments/exemption-cases/{caseId}/votes',
      '/api/assessments/health',
      '/api/assessments/officers/{officerId}/deductions',
      '/api/assessments/openapi.json',
      '/api/assessments/scorecards',
      '/api/assessments/scores',
    ])
  })

  it('names the permission each route checks (x-permission)', async () => {
    const res = await exports.default.fetch('http://x/api/assessments/openapi.json')
    const doc = (await res.json()) as { paths: Record<string, Record<string, Record<string, unknown>>> }
    const permissions = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => [`${method.toUpperCase()} ${path}`, op['x-permission']]),
    )
    expect(Object.fromEntries(permissions)).toEqual({
      'GET /api/assessments/health': 'public',
      'GET /api/assessments/openapi.json': 'public',
      'GET /api/assessments/board/members': 'board.members.read',
      'GET /api/assessments/scorecards': 'scorecard.read',
      'GET /api/assessments/scores': 'score.read',
      'GET /api/assessments/officers/{officerId}/deductions': 'score.read',
      'GET /api/assessments/exemption-cases': 'exemption.read',
      'POST /api/assessments/exemption-cases': 'exemption.file',
      'GET /api/assessments/exemption-cases/{caseId}': 'exemption.read',
      'POST /api/assessments/exemption-cases/{caseId}/votes': 'exemption.vote',
      'POST /api/assessments/exemption-cases/{caseId}/decision': 'exemption.close',
      'POST /api/assessments/exemption-cases/{caseId}/appeal': 'exemption.appeal',
      'GET /api/assessments/audit/verify': 'audit.verify',
    })
  })
})
