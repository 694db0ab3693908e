import type { AbstractionLedger, PresenceWeek, TeamWeeks } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertFixture, officers, stations, teams } from './fixture'
import { exceptionId, insertWeekFixture, monday } from './week-fixture'
import { call, places } from './work-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertWeekFixture()
})

const ledger = (role: 'team_leader' | 'station_head' | 'branch_admin' | 'auditor', place: object, query = '') =>
  call<AbstractionLedger>('GET', `/api/officers/ledger${query}`, role, place)

describe('GET /api/officers/ledger: the abstraction ledger of a week', () => {
  it('gives the station head every officer of the station, worst first, with hours away, exceptions and refusals', async () => {
    const { status, body } = await ledger('station_head', places.northHead)
    expect(status).toBe(200)
    expect(body.weekStart).toBe(monday)
    expect(body.officers.map((o) => o.officerId)).toEqual([officers.li, officers.wang, officers.chen, officers.zhao])
    expect(body.officers[0]).toMatchObject({
      officerId: officers.li,
      communityHours: 0,
      awayHours: 8,
      exceptionHours: 0,
      exceptionsUsed: 0,
      refusedAttempts: 1,
      rate: 1,
    })
    expect(body.officers[1]).toMatchObject({
      officerId: officers.wang,
      communityHours: 28,
      awayHours: 8,
      exceptionHours: 8,
      exceptionsUsed: 1,
      refusedAttempts: 0,
      rate: 0.2222,
    })
  })

  it('sums per team and station, and names the worst dedicated officers', async () => {
    const { body } = await ledger('station_head', places.northHead)
    expect(body.teams.map((t) => [t.id, t.officers, t.awayHours, t.refusedAttempts])).toEqual([
      [teams.first, 2, 16, 1],
      [teams.second, 1, 0, 0],
    ])
    expect(body.stations).toEqual([
      expect.objectContaining({
        id: stations.north,
        officers: 4,
        communityHours: 28,
        awayHours: 16,
        refusedAttempts: 1,
      }),
    ])
    expect(body.worst.map((o) => o.officerId)).toEqual([officers.li, officers.wang])
  })

  it('keeps a team leader to the own team; another team answers 404', async () => {
    const own = await ledger('team_leader', places.secondLeader)
    expect(own.body.officers.map((o) => o.officerId)).toEqual([officers.zhao])
    expect((await ledger('team_leader', places.secondLeader, `?team=${teams.first}`)).status).toBe(404)
  })

  it('gives the branch every station, and one station when asked', async () => {
    const all = await ledger('branch_admin', places.branch)
    expect(all.body.stations.map((s) => s.id).sort()).toEqual([stations.north, stations.south].sort())
    const south = await ledger('auditor', places.branch, `?station=${stations.south}`)
    expect(south.body.officers).toEqual([expect.objectContaining({ officerId: officers.sun, refusedAttempts: 1 })])
    expect(south.body.worst.map((o) => o.officerId)).toEqual([officers.sun])
  })

  it("answers 404 to a station head asking for another station's team", async () => {
    expect((await ledger('station_head', places.northHead, `?team=${teams.southFirst}`)).status).toBe(404)
  })

  it('is empty for a week with nothing recorded', async () => {
    const { body } = await ledger('station_head', places.northHead, '?week=2020-01-08')
    expect(body.weekStart).toBe('2020-01-06')
    expect(body.worst).toEqual([])
    expect(body.officers.every((o) => o.rate === null)).toBe(true)
  })
})

describe('approved duty exceptions explain a shortfall in the week view', () => {
  it('shows the exception and the hours taken under it; 28 h + 8 h under the exception explain the missing 8 h', async () => {
    const { status, body } = await call<PresenceWeek>(
      'GET',
      `/api/officers/me/week?week=${monday}`,
      'officer',
      places.wang,
    )
    expect(status).toBe(200)
    expect(body.totals).toMatchObject({
      hours: 28,
      awayHours: 8,
      exceptionHours: 8,
      metHours: false,
      shortfallExplained: true,
    })
    expect(body.exceptions).toEqual([
      expect.objectContaining({ id: exceptionId, hours: 8, reason: 'City-wide event security' }),
    ])
  })

  it('does not explain a shortfall by hours away without an exception (level-1 duty)', async () => {
    const { body } = await call<TeamWeeks>(
      'GET',
      `/api/officers/presence/weeks?week=${monday}`,
      'team_leader',
      places.northLeader,
    )
    const li = body.officers.find((o) => o.officerId === officers.li)
    expect(li?.totals).toMatchObject({ awayHours: 8, exceptionHours: 0, shortfallExplained: false })
    const wang = body.officers.find((o) => o.officerId === officers.wang)
    expect(wang?.totals.shortfallExplained).toBe(true)
  })
})
