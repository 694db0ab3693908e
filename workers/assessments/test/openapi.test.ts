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
      '/api/assessments/consequences',
      '/api/assessments/consequences/{consequenceId}/decision',
      '/api/assessments/cycle/annual',
      '/api/assessments/cycle/monthly',
      '/api/assessments/cycle/weekly',
      '/api/assessments/exemption-cases',
      '/api/assessments/exemption-cases/{caseId}',
      '/api/assessments/exemption-cases/{caseId}/appeal',
      '/api/assessments/exemption-cases/{caseId}/decision',
      '/api/assessments/exemption-cases/{caseId}/votes',
      '/api/assessments/exemption-rates',
      '/api/assessments/health',
      '/api/assessments/nominations',
      '/api/assessments/nominations/{nominationId}',
      '/api/assessments/nominations/{nominationId}/decision',
      '/api/assessments/nominations/{nominationId}/votes',
      '/api/assessments/officers/{officerId}/deductions',
      '/api/assessments/officers/{officerId}/history',
      '/api/assessments/openapi.json',
      '/api/assessments/precedents',
      '/api/assessments/quarters/{quarter}/close',
      '/api/assessments/quarters/{quarter}/computed-items',
      '/api/assessments/quarters/{quarter}/snapshot',
      '/api/assessments/satisfaction',
      '/api/assessments/scorecards',
      '/api/assessments/scorecards/{stationId}/raters',
      '/api/assessments/scores',
      '/api/assessments/surveys',
      '/api/assessments/surveys/public',
      '/api/assessments/surveys/visits',
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
      'POST /api/assessments/officers/{officerId}/deductions': 'score.rate',
      'PUT /api/assessments/scorecards/{stationId}/raters': 'scorecard.configure',
      'POST /api/assessments/quarters/{quarter}/computed-items': 'score.compute',
      'POST /api/assessments/quarters/{quarter}/close': 'quarter.close',
      'GET /api/assessments/quarters/{quarter}/snapshot': 'score.read',
      'GET /api/assessments/cycle/weekly': 'score.read',
      'GET /api/assessments/cycle/monthly': 'score.read',
      'GET /api/assessments/cycle/annual': 'score.read',
      'GET /api/assessments/officers/{officerId}/history': 'score.read',
      'GET /api/assessments/consequences': 'consequence.read',
      'POST /api/assessments/consequences/{consequenceId}/decision': 'consequence.decide',
      'GET /api/assessments/surveys': 'survey.read',
      'POST /api/assessments/surveys/public': 'public',
      'POST /api/assessments/surveys/visits': 'survey.visit',
      'GET /api/assessments/satisfaction': 'satisfaction.read',
      'GET /api/assessments/precedents': 'precedent.read',
      'GET /api/assessments/exemption-rates': 'exemption.rate.read',
      'GET /api/assessments/nominations': 'nomination.read',
      'POST /api/assessments/nominations': 'nomination.file',
      'GET /api/assessments/nominations/{nominationId}': 'nomination.read',
      'POST /api/assessments/nominations/{nominationId}/votes': 'nomination.vote',
      'POST /api/assessments/nominations/{nominationId}/decision': 'nomination.close',
    })
  })
})
