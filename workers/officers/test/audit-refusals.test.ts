import { env } from 'cloudflare:workers'
import { AuditChainReport } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertFixture, officers } from './fixture'
import { call, places } from './work-fixture'

beforeAll(insertFixture)

describe('the audit chain of the officers’ work', () => {
  it('holds a row for each refused assignment, each assignment and each exception decision, and verifies', async () => {
    const monday = { start: '2026-11-30T09:00:00+08:00', end: '2026-11-30T17:00:00+08:00' }
    await call('POST', '/api/officers/assignments', 'station_head', places.northHead, {
      officerId: officers.wang,
      kind: 'patrol_car',
      ...monday,
    })
    await call('POST', '/api/officers/assignments', 'station_head', places.northHead, {
      officerId: officers.chen,
      kind: 'patrol_car',
      ...monday,
    })
    const requested = await call<{ id: string }>(
      'POST',
      '/api/officers/duty-exceptions',
      'station_head',
      places.northHead,
      {
        officerId: officers.wang,
        reason: 'Holiday security',
        startDate: '2026-12-24',
        endDate: '2026-12-25',
        expiresOn: '2026-12-25',
      },
    )
    await call(
      'POST',
      `/api/officers/duty-exceptions/${requested.body.id}/decision`,
      'branch_admin',
      {},
      { decision: 'reject' },
    )

    const rows = await env.DB.prepare('SELECT action, entity, actor_id FROM audit_log ORDER BY seq').all()
    expect(rows.results).toEqual([
      { action: 'assignment.refused', entity: 'refused_assignment', actor_id: 'test-station_head' },
      { action: 'assignment.create', entity: 'assignment', actor_id: 'test-station_head' },
      { action: 'duty_exception.request', entity: 'duty_exception', actor_id: 'test-station_head' },
      { action: 'duty_exception.reject', entity: 'duty_exception', actor_id: 'test-branch_admin' },
    ])
    const report = await call('GET', '/api/officers/audit/verify', 'auditor', {})
    expect(AuditChainReport.parse(report.body)).toEqual({ ok: true, rows: 4, firstBroken: null })
  })
})
