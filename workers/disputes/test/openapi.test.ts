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
      '/api/disputes/insights',
      '/api/disputes/intake',
      '/api/disputes/intake/form',
      '/api/disputes/ledger',
      '/api/disputes/ledger/{id}/agreement',
      '/api/disputes/ledger/{id}/attachments/{number}',
      '/api/disputes/ledger/{id}/close',
      '/api/disputes/ledger/{id}/duplicate',
      '/api/disputes/ledger/{id}/handover',
      '/api/disputes/ledger/{id}/pause',
      '/api/disputes/ledger/{id}/progress',
      '/api/disputes/ledger/{id}/reopen',
      '/api/disputes/ledger/{id}/resume',
      '/api/disputes/ledger/{id}/return-visit',
      '/api/disputes/ledger/{id}/reveal',
      '/api/disputes/ledger/{id}/triage',
      '/api/disputes/openapi.json',
      '/api/disputes/public/figures',
      '/api/disputes/public/qihe',
      '/api/disputes/public/qihe/today',
      '/api/disputes/routing/{communityId}',
      '/api/disputes/staff',
      '/api/disputes/staff/roster',
      '/api/disputes/staff/{id}',
      '/api/disputes/status/{secret}',
      '/api/disputes/status/{secret}/attachments',
      '/api/disputes/status/{secret}/survey',
    ])
  })

  it('names the permission each operation checks (x-permission)', async () => {
    const res = await exports.default.fetch('http://x/api/disputes/openapi.json')
    const doc = (await res.json()) as { paths: Record<string, Record<string, Record<string, unknown>>> }
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation['x-permission']]),
    )
    expect(Object.fromEntries(operations)).toEqual({
      'GET /api/disputes/health': 'public',
      'GET /api/disputes/openapi.json': 'public',
      'GET /api/disputes/public/qihe': 'public',
      'GET /api/disputes/public/figures': 'public',
      'GET /api/disputes/staff': 'qihe.staff.read',
      'GET /api/disputes/routing/{communityId}': 'dispute.routing.read',
      'GET /api/disputes/audit/verify': 'audit.verify',
      'POST /api/disputes/intake': 'public',
      'GET /api/disputes/intake/form': 'public',
      'GET /api/disputes/status/{secret}': 'public',
      'POST /api/disputes/status/{secret}/attachments': 'public',
      'GET /api/disputes/ledger': 'dispute.ledger.read',
      'POST /api/disputes/ledger': 'dispute.record',
      'POST /api/disputes/ledger/{id}/triage': 'dispute.triage',
      'POST /api/disputes/ledger/{id}/handover': 'dispute.triage',
      'POST /api/disputes/ledger/{id}/reveal': 'dispute.parties.reveal',
      'POST /api/disputes/ledger/{id}/attachments/{number}': 'dispute.parties.reveal',
      'POST /api/disputes/ledger/{id}/pause': 'dispute.handle',
      'POST /api/disputes/ledger/{id}/resume': 'dispute.handle',
      'POST /api/disputes/ledger/{id}/close': 'dispute.handle',
      'POST /api/disputes/ledger/{id}/return-visit': 'dispute.handle',
      'POST /api/disputes/ledger/{id}/reopen': 'dispute.handle',
      'POST /api/disputes/ledger/{id}/progress': 'dispute.handle',
      'POST /api/disputes/ledger/{id}/agreement': 'dispute.agreement.read',
      'POST /api/disputes/ledger/{id}/duplicate': 'dispute.duplicate.decide',
      'GET /api/disputes/insights': 'dispute.insights.read',
      'GET /api/disputes/public/qihe/today': 'public',
      'GET /api/disputes/staff/roster': 'qihe.staff.read',
      'POST /api/disputes/staff': 'qihe.staff.manage',
      'PUT /api/disputes/staff/{id}': 'qihe.staff.manage',
      'POST /api/disputes/status/{secret}/survey': 'public',
    })
  })
})
