import { exports } from 'cloudflare:workers'
import type { ErrorBody, League } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { communities, insertFixture, stations } from './fixture'
import { insertPreventionFixture } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
})

const league = async (query: string, headers?: Record<string, string>) => {
  const response = await exports.default.fetch(`http://communities/api/communities/league${query}`, {
    headers: headers ?? (await asRole('station_head', { stationId: stations.qianmen })),
  })
  return { status: response.status, body: await response.json<League & ErrorBody>() }
}

const table = (body: League) =>
  Object.fromEntries(body.leagues.map((l) => [l.league, l.entries.map((e) => [e.communityId, e.rank, e.excellent])]))

describe('GET /api/communities/league', () => {
  it('ranks the own station by the quarter’s registration rate in two leagues', async () => {
    const { status, body } = await league('?quarter=2026-Q3')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      quarter: '2026-Q3',
      stationId: stations.qianmen,
      excellentPerLeague: 2,
      mixedLeague: 'building',
    })
    // Q3: Xianyukou 586/600; Dashilan 288/300 = 0.96 and Caishikou 576/600 = 0.96 tie.
    expect(table(body)).toEqual({
      bungalow: [[communities.xianyukou, 1, true]],
      building: [
        [communities.caishikou, 1, true],
        [communities.dashilan, 1, true],
      ],
    })
    expect(body.leagues[0]?.entries[0]).toMatchObject({ floatingKnown: 600, floatingRegistered: 586, rate: 586 / 600 })
  })

  it('names fewer when asked: the tie at the top still names both', async () => {
    const { body } = await league('?quarter=2026-Q3&excellent=1')
    expect(table(body).building).toEqual([
      [communities.caishikou, 1, true],
      [communities.dashilan, 1, true],
    ])
  })

  it('defaults to the latest quarter closed on record (October on record: Q3, not Q4 under way)', async () => {
    expect((await league('')).body.quarter).toBe('2026-Q3')
  })

  it('lists communities without figures in the quarter unranked', async () => {
    const { body } = await league('?quarter=2025-Q1')
    expect(body.leagues.flatMap((l) => l.entries).every((e) => e.rank === null && !e.excellent)).toBe(true)
  })

  it('ranks the whole district for the branch, and one station when asked', async () => {
    const admin = await asRole('branch_admin')
    expect((await league('?quarter=2026-Q3', admin)).body.leagues[1]?.entries).toHaveLength(4)
    const one = await league(`?quarter=2026-Q3&station=${stations.beixinqiao}`, admin)
    expect(one.body.leagues[1]?.entries.map((e) => e.communityId).sort()).toEqual(
      [communities.beixinqiao, communities.haiyuncang].sort(),
    )
  })

  it.each([
    { query: '?quarter=2026-Q5', status: 400 },
    { query: '?excellent=0', status: 400 },
    { query: '?excellent=two', status: 400 },
    { query: `?station=${stations.beixinqiao}`, status: 404 },
  ])('answers $status for $query', async ({ query, status }) => {
    expect((await league(query)).status).toBe(status)
  })
})
