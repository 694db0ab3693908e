import { env, exports } from 'cloudflare:workers'
import type { Assignment, AssignmentList, DutyException } from '@platform/contracts'
import { actorFor, asActor } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertFixture, officers, stations } from './fixture'
import { call, places } from './work-fixture'

beforeAll(insertFixture)

const monday = { start: '2026-11-30T09:00:00+08:00', end: '2026-11-30T17:00:00+08:00' }
const assign = (body: unknown, place = places.northHead, headers?: Record<string, string>) =>
  call<Assignment>('POST', '/api/officers/assignments', 'station_head', place, body, headers)
const refusals = async () =>
  (
    await env.DB.prepare(
      'SELECT officer_id, kind, rule, attempted_by FROM refused_assignment ORDER BY attempted_at',
    ).all()
  ).results

describe('POST /api/officers/assignments', () => {
  it('refuses patrol-car duty for a dedicated officer with 422 RULE_NO_PATROL_CAR and stores who tried', async () => {
    const before = (await refusals()).length
    const { status, body } = await assign({ officerId: officers.wang, kind: 'patrol_car', ...monday })
    expect(status).toBe(422)
    expect(body.error.code).toBe('RULE_NO_PATROL_CAR')
    const stored = await refusals()
    expect(stored).toHaveLength(before + 1)
    expect(stored.at(-1)).toEqual({
      officer_id: officers.wang,
      kind: 'patrol_car',
      rule: 'RULE_NO_PATROL_CAR',
      attempted_by: 'test-station_head',
    })
  })

  it('puts a non-dedicated officer on a patrol car', async () => {
    const { status, body } = await assign({ officerId: officers.chen, kind: 'patrol_car', ...monday })
    expect(status).toBe(201)
    expect(body).toMatchObject({ officerId: officers.chen, kind: 'patrol_car', stationId: stations.north })
  })

  it.each([
    { kind: 'case_handling', caseLevel: 'administrative_detention', rule: 'RULE_NO_CASE_WORK' },
    { kind: 'case_handling', caseLevel: 'warning', caseQuota: 3, rule: 'RULE_NO_CASE_WORK' },
    { kind: 'routine_duty', rule: 'RULE_NO_ROUTINE_DUTY' },
    { kind: 'station_security_check', rule: 'RULE_NO_STATION_SECURITY_CHECK' },
  ])('refuses $kind for a dedicated officer with 422 $rule', async ({ rule, ...facts }) => {
    const { status, body } = await assign({ officerId: officers.wang, ...monday, ...facts })
    expect(status).toBe(422)
    expect(body.error.code).toBe(rule)
  })

  it('records level-1 reinforced duty for a dedicated officer', async () => {
    const { status, body } = await assign({ officerId: officers.wang, kind: 'level1_reinforced_duty', ...monday })
    expect(status).toBe(201)
    expect(body.kind).toBe('level1_reinforced_duty')
  })

  it('lets a team leader assign within the own station', async () => {
    const { status } = await call('POST', '/api/officers/assignments', 'team_leader', places.northLeader, {
      officerId: officers.zhao,
      kind: 'community_task',
      ...monday,
    })
    expect(status).toBe(201)
  })

  it("answers 404 for another station's officer, and stores no refusal about that officer", async () => {
    const { status, body } = await assign({ officerId: officers.sun, kind: 'patrol_car', ...monday })
    expect(status).toBe(404)
    expect(body.error.code).toBe('NOT_FOUND')
    expect((await refusals()).some((r) => r.officer_id === officers.sun)).toBe(false)
  })

  it.each([
    { why: 'no body', body: undefined, field: undefined },
    { why: 'an unknown kind', body: { officerId: officers.wang, kind: 'traffic', ...monday }, field: 'kind' },
    { why: 'a malformed officer id', body: { officerId: 'wang', kind: 'patrol_car', ...monday }, field: 'officerId' },
    {
      why: 'a time without offset',
      body: {
        officerId: officers.wang,
        kind: 'patrol_car',
        start: '2026-11-30 09:00',
        end: '2026-12-01T17:00:00+08:00',
      },
      field: 'start',
    },
    {
      why: 'an end before the start',
      body: { officerId: officers.wang, kind: 'patrol_car', start: monday.end, end: monday.start },
      field: 'end',
    },
    {
      why: 'a negative case quota',
      body: { officerId: officers.wang, kind: 'case_handling', caseQuota: -1, ...monday },
      field: 'caseQuota',
    },
  ])('answers 400 VALIDATION_FAILED to $why', async ({ body, field }) => {
    const answer = await assign(body)
    expect(answer.status).toBe(400)
    expect(['VALIDATION_FAILED', 'INVALID_JSON']).toContain(answer.body.error.code)
    if (field) expect(answer.body.error.details).toMatchObject({ fields: [expect.objectContaining({ path: field })] })
  })

  it('answers 400 INVALID_JSON to a body that is not JSON', async () => {
    const answer = await assign('{"officerId":')
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('INVALID_JSON')
  })

  it('stores a refusal once when the same Idempotency-Key is sent twice', async () => {
    const before = (await refusals()).length
    const body = { officerId: officers.wang, kind: 'patrol_car', ...monday }
    const key = { 'Idempotency-Key': 'assign-retry-0001' }
    const first = await assign(body, places.northHead, key)
    const again = await assign(body, places.northHead, key)
    expect([first.status, again.status]).toEqual([422, 422])
    expect(again.body).toEqual(first.body)
    expect(await refusals()).toHaveLength(before + 1)
  })

  it('lists the station’s assignments and refusals, and not another station’s', async () => {
    const own = await call<AssignmentList>('GET', '/api/officers/assignments', 'station_head', places.northHead)
    expect(own.status).toBe(200)
    expect(own.body.refused.map((r) => r.rule)).toContain('RULE_NO_PATROL_CAR')
    expect(own.body.assignments.every((a) => a.stationId === stations.north)).toBe(true)
    const other = await call(
      'GET',
      `/api/officers/assignments?station=${stations.south}`,
      'station_head',
      places.northHead,
    )
    expect(other.status).toBe(404)
  })
})

describe('routine duty through a duty exception, end to end', () => {
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

  it('is refused until the branch approves the head’s request, then allowed on the covered dates', async () => {
    const requested = await call<DutyException>(
      'POST',
      '/api/officers/duty-exceptions',
      'station_head',
      places.northHead,
      {
        officerId: officers.zhao,
        reason: 'Citywide event: every officer on duty',
        startDate: inDays(2),
        endDate: inDays(3),
        expiresOn: inDays(3),
      },
    )
    expect(requested.status).toBe(201)
    expect(requested.body).toMatchObject({ status: 'requested', requestedBy: ['test-station_head'], headsRequired: 1 })
    const duty = {
      officerId: officers.zhao,
      kind: 'routine_duty',
      start: `${inDays(2)}T09:00:00+08:00`,
      end: `${inDays(2)}T17:00:00+08:00`,
    }

    expect((await assign(duty)).body.error?.code).toBe('RULE_NO_ROUTINE_DUTY')

    const decided = await call<DutyException>(
      'POST',
      `/api/officers/duty-exceptions/${requested.body.id}/decision`,
      'branch_admin',
      places.branch,
      { decision: 'approve' },
    )
    expect(decided.status).toBe(200)
    expect(decided.body.status).toBe('approved')

    const allowed = await assign(duty)
    expect(allowed.status).toBe(201)
    expect(allowed.body.exceptionId).toBe(requested.body.id)

    const outside = await assign({ ...duty, start: `${inDays(4)}T09:00:00+08:00`, end: `${inDays(4)}T17:00:00+08:00` })
    expect(outside.body.error.code).toBe('RULE_NO_ROUTINE_DUTY')

    const twice = await call(
      'POST',
      `/api/officers/duty-exceptions/${requested.body.id}/decision`,
      'branch_admin',
      places.branch,
      {
        decision: 'reject',
      },
    )
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('RULE_EXCEPTION_DECIDED')
  })

  it('needs both heads where the station is configured so', async () => {
    await env.DB.prepare('INSERT INTO station_config (station_id, exception_heads) VALUES (?, 2)')
      .bind(stations.south)
      .run()
    const southHead = { stationId: stations.south }
    const requested = await call<DutyException>('POST', '/api/officers/duty-exceptions', 'station_head', southHead, {
      officerId: officers.sun,
      reason: 'Flood watch',
      startDate: inDays(1),
      endDate: inDays(1),
      expiresOn: inDays(1),
    })
    expect(requested.body.headsRequired).toBe(2)
    const path = `/api/officers/duty-exceptions/${requested.body.id}`
    const early = await call('POST', `${path}/decision`, 'branch_admin', places.branch, { decision: 'approve' })
    expect(early.body.error.code).toBe('RULE_BOTH_HEADS_REQUIRED')
    const sameHead = await call('POST', `${path}/cosign`, 'station_head', southHead)
    expect(sameHead.body.error.code).toBe('RULE_SECOND_HEAD')
    // The station's other head: another user with the same role and station.
    const second = { ...actorFor('station_head', southHead), userId: 'test-second-head' }
    const response = await exports.default.fetch(`http://officers${path}/cosign`, {
      method: 'POST',
      headers: await asActor(second),
    })
    expect(response.status).toBe(200)
    const approved = await call<DutyException>('POST', `${path}/decision`, 'branch_admin', places.branch, {
      decision: 'approve',
    })
    expect(approved.body.status).toBe('approved')
  })

  it("hides another station's requests: 404 to cosign, none in the list", async () => {
    const list = await call<{ exceptions: DutyException[] }>(
      'GET',
      '/api/officers/duty-exceptions',
      'station_head',
      places.northHead,
    )
    expect(list.status).toBe(200)
    expect(list.body.exceptions.every((e) => e.stationId === stations.north)).toBe(true)
    const southOnes = await call<{ exceptions: DutyException[] }>(
      'GET',
      `/api/officers/duty-exceptions?station=${stations.south}`,
      'branch_admin',
      places.branch,
    )
    const southId = southOnes.body.exceptions[0]?.id
    expect(southId).toBeDefined()
    const cosign = await call(
      'POST',
      `/api/officers/duty-exceptions/${southId}/cosign`,
      'station_head',
      places.northHead,
    )
    expect(cosign.status).toBe(404)
  })

  it('refuses a request whose dates run backwards with 400', async () => {
    const { status, body } = await call('POST', '/api/officers/duty-exceptions', 'station_head', places.northHead, {
      officerId: officers.wang,
      reason: 'x',
      startDate: '2026-12-05',
      endDate: '2026-12-04',
      expiresOn: '2026-12-05',
    })
    expect(status).toBe(400)
    expect(body.error.details).toMatchObject({ fields: [expect.objectContaining({ path: 'endDate' })] })
  })
})
