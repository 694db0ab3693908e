import { env, exports } from 'cloudflare:workers'
import type { AuditChainReport, CommunityRegistrations, ErrorBody, Registration } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { addMonths, monthOfDay, shanghaiDay } from '../src/rules/calendar'
import { communities, insertFixture, stations } from './fixture'

beforeAll(insertFixture)

const team = '01JD00000000000000000000T1'
const head = () => asRole('station_head', { stationId: stations.qianmen })
const base = (communityId: string) => `http://communities/api/communities/communities/${communityId}/registrations`
const counts = {
  floatingKnown: 400,
  floatingRegistered: 390,
  rentalKnown: 120,
  rentalRegistered: 120,
  illegalRentalPenalties: 3,
}

async function send(method: string, url: string, body: unknown, headers: Record<string, string>) {
  const response = await exports.default.fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json<Registration & ErrorBody>() }
}
const create = async (communityId: string, body: unknown, headers?: Record<string, string>) =>
  send('POST', base(communityId), body, headers ?? (await head()))
const auditRows = async () =>
  (await env.DB.prepare('select action, entity_id as entityId, actor_id as actorId from audit_log order by seq').all())
    .results

describe('POST …/registrations: one month of a community', () => {
  it('records the month and answers the rates and the "double 100 %" status', async () => {
    const { status, body } = await create(communities.xianyukou, { month: '2026-01', ...counts })
    expect(status).toBe(201)
    expect(body).toEqual({
      communityId: communities.xianyukou,
      month: '2026-01',
      ...counts,
      floatingRate: 390 / 400,
      rentalRate: 1,
      doubleHundred: false,
    })
    expect(await auditRows()).toContainEqual({
      action: 'registration.create',
      entityId: `${communities.xianyukou}/2026-01`,
      actorId: 'test-station_head',
    })
  })

  it('names a complete month "double 100 %"', async () => {
    const { body } = await create(communities.xianyukou, { ...counts, month: '2026-02', floatingRegistered: 400 })
    expect(body.doubleHundred).toBe(true)
  })

  it.each([
    {
      why: 'more floating population registered than known (a rate over 100 %)',
      patch: { floatingRegistered: 401 },
      field: 'floatingRegistered',
    },
    { why: 'more rental homes registered than known', patch: { rentalRegistered: 121 }, field: 'rentalRegistered' },
    { why: 'a negative count', patch: { illegalRentalPenalties: -1 }, field: 'illegalRentalPenalties' },
    { why: 'a fractional count', patch: { floatingKnown: 400.5 }, field: 'floatingKnown' },
    { why: 'a count as text', patch: { rentalKnown: '120' }, field: 'rentalKnown' },
    { why: 'a month that does not exist', patch: { month: '2026-13' }, field: 'month' },
    { why: 'a missing count', patch: { floatingKnown: undefined }, field: 'floatingKnown' },
  ])('refuses $why with 400 naming the field', async ({ patch, field }) => {
    const { status, body } = await create(communities.xianyukou, { month: '2026-03', ...counts, ...patch })
    expect(status).toBe(400)
    expect(body.error.code).toBe('VALIDATION_FAILED')
    expect(body.error.details).toMatchObject({ fields: [expect.objectContaining({ path: field })] })
  })

  it('accepts the nearest case that passes: registered equal to known', async () => {
    const { status } = await create(communities.dashilan, { ...counts, month: '2026-03', floatingRegistered: 400 })
    expect(status).toBe(201)
  })

  it('refuses a month that has not begun with 400, and accepts the current one', async () => {
    const thisMonth = monthOfDay(shanghaiDay(new Date()))
    const future = await create(communities.caishikou, { ...counts, month: addMonths(thisMonth, 1) })
    expect(future.status).toBe(400)
    expect(future.body.error.details).toMatchObject({ fields: [{ path: 'month', code: 'future_month' }] })
    expect((await create(communities.caishikou, { ...counts, month: thisMonth })).status).toBe(201)
  })

  it('refuses a body that is no JSON with 400, never 500', async () => {
    const { status } = await create(communities.xianyukou, '{"month": ')
    expect(status).toBe(400)
  })

  it('refuses a month already on record with 409 REGISTRATION_EXISTS and leaves it as it was', async () => {
    const again = await create(communities.xianyukou, { ...counts, month: '2026-01', floatingKnown: 999 })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('REGISTRATION_EXISTS')
    const list = await exports.default.fetch(base(communities.xianyukou), { headers: await head() })
    const { registrations } = await list.json<CommunityRegistrations>()
    expect(registrations.find((r) => r.month === '2026-01')?.floatingKnown).toBe(400)
  })

  it('answers 404 for an unknown community, and for another station’s community exactly alike', async () => {
    const unknown = await create('01JD0000000000000000000C99', { ...counts, month: '2026-01' })
    const other = await create(communities.beixinqiao, { ...counts, month: '2026-01' })
    expect([unknown.status, other.status]).toEqual([404, 404])
    expect(other.body.error.message).toBe(`Community ${communities.beixinqiao} was not found`)
  })

  it('lets a team leader and an officer of the station record; refuses the branch admin with 403', async () => {
    const leader = await asRole('team_leader', { stationId: stations.qianmen, teamId: team })
    const officer = await asRole('officer', {
      stationId: stations.qianmen,
      teamId: team,
      officerId: '01JD00000000000000000000E1',
    })
    expect((await create(communities.dashilan, { ...counts, month: '2026-04' }, leader)).status).toBe(201)
    expect((await create(communities.dashilan, { ...counts, month: '2026-05' }, officer)).status).toBe(201)
    expect(
      (await create(communities.dashilan, { ...counts, month: '2026-06' }, await asRole('branch_admin'))).status,
    ).toBe(403)
  })

  it('answers a retry with the same Idempotency-Key with the first answer, recording once', async () => {
    const key = { 'Idempotency-Key': 'registration-retry-1', ...(await head()) }
    const first = await create(communities.caishikou, { ...counts, month: '2026-02' }, key)
    const rowsAfterFirst = (await auditRows()).length
    const retry = await create(communities.caishikou, { ...counts, month: '2026-02' }, key)
    expect([first.status, retry.status]).toEqual([201, 201])
    expect(retry.body).toEqual(first.body)
    expect((await auditRows()).length).toBe(rowsAfterFirst)
    const reused = await create(communities.caishikou, { ...counts, month: '2026-03' }, key)
    expect(reused.status).toBe(422)
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })
})

describe('PUT …/registrations/{month}: an explicit correction', () => {
  it('replaces the figures, answers the new rates and audits before and after', async () => {
    const url = `${base(communities.xianyukou)}/2026-01`
    const { status, body } = await send('PUT', url, { ...counts, floatingRegistered: 400 }, await head())
    expect(status).toBe(200)
    expect(body).toMatchObject({ month: '2026-01', floatingRegistered: 400, doubleHundred: true })
    const [row] = (
      await env.DB.prepare("select before_hash, after_hash from audit_log where action = 'registration.update'").all<{
        before_hash: string
        after_hash: string
      }>()
    ).results
    expect(row?.before_hash).not.toBe(row?.after_hash)
  })

  it('answers 404 for a month not on record (nothing to correct)', async () => {
    const { status } = await send('PUT', `${base(communities.xianyukou)}/2025-01`, counts, await head())
    expect(status).toBe(404)
  })

  it('refuses registered above known with 400', async () => {
    const url = `${base(communities.xianyukou)}/2026-01`
    const { status } = await send('PUT', url, { ...counts, rentalRegistered: 500 }, await head())
    expect(status).toBe(400)
  })
})

describe('the audit chain after registration writes', () => {
  it('verifies', async () => {
    const response = await exports.default.fetch('http://communities/api/communities/audit/verify', {
      headers: await asRole('auditor'),
    })
    const report = await response.json<AuditChainReport>()
    expect(report.ok).toBe(true)
    expect(report.rows).toBeGreaterThan(5)
  })
})
