import { env } from 'cloudflare:workers'
import type { Transfer, TransferList } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { BRANCH_RULES } from '../src/config'
import { createDb } from '../src/db'
import { officer } from '../src/db/schema'
import { localDate } from '../src/rules/shanghai-time'
import { grids, groups, insertFixture, officers, stations } from './fixture'
import { call, places } from './work-fixture'

/** Officers whose years in post are counted from today, so the boundary holds on any day. */
const tenure = { exactly: '01JD0000000000000000000E61', dayShort: '01JD0000000000000000000E62' }

const yearsAgo = (years: number, plusDays = 0) => {
  const [y, m, d] = localDate(Date.now()).split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y - years, m - 1, d + plusDays)).toISOString().slice(0, 10)
}

beforeAll(async () => {
  await insertFixture()
  const base = {
    stationId: stations.north,
    teamId: null,
    dedicated: true,
    titleZh: '社区民警',
    titleEn: 'Community officer',
    birthYear: 1990,
    education: 'bachelor' as const,
  }
  await createDb(env)
    .insert(officer)
    .values([
      { ...base, id: tenure.exactly, nameZh: '甲', nameEn: 'A', inPostSince: yearsAgo(BRANCH_RULES.minYearsInPost) },
      // 4 years and 364 days: the fifth anniversary is tomorrow.
      {
        ...base,
        id: tenure.dayShort,
        nameZh: '乙',
        nameEn: 'B',
        inPostSince: yearsAgo(BRANCH_RULES.minYearsInPost, 1),
      },
    ])
})

const ask = (body: unknown, headers?: Record<string, string>) =>
  call<Transfer>('POST', '/api/officers/transfers', 'station_head', places.northHead, body, headers)
const decide = (id: string, body: unknown) =>
  call<Transfer>('POST', `/api/officers/transfers/${id}/decision`, 'branch_admin', places.branch, body)
const complete = (id: string, place = places.northHead) =>
  call<Transfer>('POST', `/api/officers/transfers/${id}/complete`, 'station_head', place)
const responsibleFor = async (gridId: string) =>
  (await env.DB.prepare('SELECT officer_id FROM grid_responsibility WHERE grid_id = ?').bind(gridId).first())
    ?.officer_id

const request = { kind: 'transfer', reason: 'Needed at the city bureau' }
const groupPlaceOf = (officerId: string) =>
  env.DB.prepare('SELECT group_id, role FROM group_member WHERE officer_id = ?').bind(officerId).first()

describe('POST /api/officers/transfers: five years in post or an override', () => {
  it('accepts an officer exactly five years in post without an override', async () => {
    const { status, body } = await ask({ ...request, officerId: tenure.exactly })
    expect(status).toBe(201)
    expect(body).toMatchObject({ officerId: tenure.exactly, status: 'requested', overrideReason: null })
  })

  it('refuses an officer 4 years 364 days in post with 422 RULE_MIN_TENURE', async () => {
    const { status, body } = await ask({ ...request, officerId: tenure.dayShort })
    expect(status).toBe(422)
    expect(body.error.code).toBe('RULE_MIN_TENURE')
  })

  it('accepts the same officer with an override and its reason', async () => {
    const { status, body } = await ask({ ...request, officerId: tenure.dayShort, overrideReason: 'Health' })
    expect(status).toBe(201)
    expect(body.overrideReason).toBe('Health')
  })

  it('refuses a blank override reason with 400', async () => {
    const { status } = await ask({ ...request, officerId: tenure.dayShort, overrideReason: '   ' })
    expect(status).toBe(400)
  })

  it("answers 404 for another station's officer, and for another station's replacement", async () => {
    expect((await ask({ ...request, officerId: officers.sun })).status).toBe(404)
    const { status } = await ask({ ...request, officerId: officers.wang, replacementOfficerId: officers.sun })
    expect(status).toBe(404)
  })

  it('answers a retry with the same Idempotency-Key once', async () => {
    const headers = { 'idempotency-key': 'transfer-retry-1' }
    const first = await ask({ ...request, officerId: officers.zhao, kind: 'replacement' }, headers)
    const again = await ask({ ...request, officerId: officers.zhao, kind: 'replacement' }, headers)
    expect(first.status).toBe(201)
    expect(again.body.id).toBe(first.body.id)
  })
})

describe('deciding and completing a transfer', () => {
  it('completes only after approval (409 RULE_TRANSFER_NOT_APPROVED), decides once (409 RULE_TRANSFER_DECIDED)', async () => {
    const asked = await ask({ ...request, officerId: officers.chen })
    expect((await complete(asked.body.id)).body.error.code).toBe('RULE_TRANSFER_NOT_APPROVED')
    const approved = await decide(asked.body.id, { decision: 'approve', reason: 'Agreed' })
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ status: 'approved', decisionReason: 'Agreed' })
    const twice = await decide(asked.body.id, { decision: 'reject', reason: 'Changed mind' })
    expect(twice.status).toBe(409)
    expect(twice.body.error.code).toBe('RULE_TRANSFER_DECIDED')
    // Chen answers for no grid: nothing to replace first.
    const done = await complete(asked.body.id)
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ status: 'completed', movedGrids: [] })
  })

  it('refuses a rejected request with 409 and wants a reason with the decision', async () => {
    const asked = await ask({ ...request, officerId: tenure.exactly })
    expect((await decide(asked.body.id, { decision: 'reject' })).status).toBe(400)
    expect((await decide(asked.body.id, { decision: 'reject', reason: 'Short-staffed' })).body.status).toBe('rejected')
    expect((await complete(asked.body.id)).status).toBe(409)
  })

  it('refuses to complete while no replacement is in post on the grid (409 RULE_REPLACE_FIRST)', async () => {
    const asked = await ask({ ...request, officerId: officers.wang })
    await decide(asked.body.id, { decision: 'approve', reason: 'Agreed' })
    const { status, body } = await complete(asked.body.id)
    expect(status).toBe(409)
    expect(body.error.code).toBe('RULE_REPLACE_FIRST')
    expect(await responsibleFor(grids.g1)).toBe(officers.wang)
  })

  it('completes with a replacement: the grids move to the replacement and the history keeps the request', async () => {
    const asked = await ask({ ...request, officerId: officers.wang, replacementOfficerId: officers.li })
    await decide(asked.body.id, { decision: 'approve', reason: 'Agreed' })
    const { status, body } = await complete(asked.body.id)
    expect(status).toBe(200)
    expect(body.movedGrids.sort()).toEqual([grids.g1, grids.g2].sort())
    expect(await responsibleFor(grids.g1)).toBe(officers.li)
    expect(await responsibleFor(grids.g2)).toBe(officers.li)
    // Li Na was Wang Fang's B: she is now the group's A, and Wang Fang has left the group.
    expect(await groupPlaceOf(officers.li)).toEqual({ group_id: groups.p1, role: 'A' })
    expect(await groupPlaceOf(officers.wang)).toBeNull()
    const history = await call<TransferList>('GET', '/api/officers/transfers', 'station_head', places.northHead)
    const kept = history.body.transfers.find((t) => t.id === asked.body.id)
    expect(kept).toMatchObject({ status: 'completed', replacementOfficerId: officers.li })
    expect(kept?.requestedAt && kept.decidedAt && kept.completedAt).toBeTruthy()
  })

  it('moves an officer transferred to another station there, without a team, and hands the A role over', async () => {
    const asked = await ask({
      ...request,
      officerId: officers.zhao,
      replacementOfficerId: officers.chen,
      toStationId: stations.south,
    })
    expect(asked.body.toStationId).toBe(stations.south)
    await decide(asked.body.id, { decision: 'approve', reason: 'Agreed' })
    const { status } = await complete(asked.body.id)
    expect(status).toBe(200)
    expect(await responsibleFor(grids.g3)).toBe(officers.chen)
    expect(await groupPlaceOf(officers.chen)).toEqual({ group_id: groups.p2, role: 'A' })
    expect(await groupPlaceOf(officers.zhao)).toBeNull()
    const moved = await env.DB.prepare('SELECT station_id, team_id FROM officer WHERE id = ?')
      .bind(officers.zhao)
      .first()
    expect(moved).toEqual({ station_id: stations.south, team_id: null })
  })

  it.each([
    { why: 'a replacement naming a destination', body: { kind: 'replacement', toStationId: stations.south } },
    { why: 'a transfer to the own station', body: { kind: 'transfer', toStationId: stations.north } },
  ])('refuses $why with 422 RULE_TRANSFER_DESTINATION', async ({ body }) => {
    const { status, body: answer } = await ask({ reason: 'Reorganisation', officerId: tenure.exactly, ...body })
    expect(status).toBe(422)
    expect(answer.error.code).toBe('RULE_TRANSFER_DESTINATION')
  })

  it("answers 404 to another station's head completing the request", async () => {
    const asked = await ask({ ...request, officerId: tenure.dayShort, overrideReason: 'Health' })
    expect((await complete(asked.body.id, places.southHead)).status).toBe(404)
  })
})

describe('GET /api/officers/transfers', () => {
  it("lists the own station's requests only; another station answers 404", async () => {
    const own = await call<TransferList>('GET', '/api/officers/transfers', 'station_head', places.northHead)
    expect(own.status).toBe(200)
    expect(own.body.transfers.every((t) => t.stationId === stations.north)).toBe(true)
    const south = await call(
      'GET',
      `/api/officers/transfers?station=${stations.south}`,
      'station_head',
      places.northHead,
    )
    expect(south.status).toBe(404)
    const branch = await call<TransferList>(
      'GET',
      `/api/officers/transfers?station=${stations.south}`,
      'branch_admin',
      places.branch,
    )
    expect(branch.body.transfers).toEqual([])
  })
})
