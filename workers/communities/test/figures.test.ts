import { env, exports } from 'cloudflare:workers'
import type { ErrorBody, Figures } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertFixture, stations } from './fixture'
import { insertPlacesFixture } from './places-fixture'
import { insertPreventionFixture } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
  await insertPlacesFixture()
})

const figures = async (query: string, headers?: Record<string, string>) => {
  const response = await exports.default.fetch(`http://communities/api/communities/figures${query}`, {
    headers: headers ?? (await asRole('branch_admin')),
  })
  return { status: response.status, body: await response.json<Figures & ErrorBody>() }
}

type SqlMonth = {
  month: string
  reporting: number
  floating_rate: number
  rental_rate: number
  penalties: number
  double_hundred: number
}

/** The same figures by plain SQL, straight from the tables. */
async function bySql(stationId: string | null) {
  const where = stationId ? 'where c.station_id = ?1' : ''
  const statement = env.DB.prepare(
    `select r.month, count(*) as reporting,
            1.0 * sum(r.floating_registered) / sum(r.floating_known) as floating_rate,
            1.0 * sum(r.rental_registered) / sum(r.rental_known) as rental_rate,
            sum(r.illegal_rental_penalties) as penalties,
            sum(r.floating_registered = r.floating_known and r.rental_registered = r.rental_known) as double_hundred
       from registration r join community c on c.id = r.community_id ${where}
      group by r.month order by r.month`,
  )
  const { results } = await (stationId ? statement.bind(stationId) : statement).all<SqlMonth>()
  return new Map(results.map((row) => [row.month, row]))
}

describe('GET /api/communities/figures', () => {
  it.each([
    { scope: 'district', stationId: null },
    { scope: `station:${stations.qianmen}`, stationId: stations.qianmen },
  ])('matches the figures computed by plain SQL ($scope, 2026-09)', async ({ scope, stationId }) => {
    const { status, body } = await figures(`?scope=${scope}&period=2026-09`)
    expect(status).toBe(200)
    const sql = await bySql(stationId)
    const month = sql.get('2026-09') as SqlMonth
    expect(body.period).toBe('2026-09')
    expect(body.reporting).toBe(month.reporting)
    expect(body.registration.floatingRate).toBeCloseTo(month.floating_rate, 12)
    expect(body.registration.rentalRate).toBeCloseTo(month.rental_rate, 12)
    expect(body.registration.doubleHundred).toBe(month.double_hundred)
    expect(body.penalties.inPeriod).toBe(month.penalties)
    expect(body.trend).toHaveLength(12)
    for (const point of body.trend) {
      const row = sql.get(point.month)
      expect(point.illegalRentalPenalties).toBe(row?.penalties ?? 0)
      if (row) expect(point.floatingRate).toBeCloseTo(row.floating_rate, 12)
      else expect(point.floatingRate).toBeNull()
    }
    const total = [...sql.values()].filter((r) => r.month <= '2026-09').reduce((s, r) => s + r.penalties, 0)
    expect(body.penalties.monthlyAverage).toBeCloseTo(total / 12, 12)
  })

  it.each([
    { scope: 'district', stationId: null },
    { scope: `station:${stations.qianmen}`, stationId: stations.qianmen },
  ])('computes incident changes as plain SQL does ($scope, 2026-09)', async ({ scope, stationId }) => {
    const { body } = await figures(`?scope=${scope}&period=2026-09`)
    const statement = env.DB.prepare(
      `select i.type, i.month, sum(i.count) as n from incident_count i join community c on c.id = i.community_id
        where (?1 is null or c.station_id = ?1) group by i.type, i.month`,
    )
    const { results } = await statement.bind(stationId).all<{ type: string; month: string; n: number }>()
    const n = (type: string, month: string) => results.find((r) => r.type === type && r.month === month)?.n ?? 0
    for (const entry of body.incidents) {
      expect(entry.inPeriod).toBe(n(entry.type, '2026-09'))
      expect(entry.previousMonth).toBe(n(entry.type, '2026-08'))
      expect(entry.sameMonthLastYear).toBe(n(entry.type, '2025-09'))
    }
    const theft = body.incidents.find((i) => i.type === 'theft')
    const fraud = body.incidents.find((i) => i.type === 'telecom_fraud')
    // Qianmen: theft 6 + 2 against 10 + 4 a year before; fraud 4 against 5 the month before.
    if (stationId) {
      expect(theft?.yearOnYear).toBeCloseTo(8 / 14 - 1, 12)
      expect(fraud?.monthOnMonth).toBeCloseTo(-0.2, 12)
    } else {
      expect(theft?.yearOnYear).toBeCloseTo(8 / 21 - 1, 12)
      expect(fraud?.monthOnMonth).toBeCloseTo(13 / 5 - 1, 12)
    }
    expect(body.incidents.find((i) => i.type === 'burglary')).toMatchObject({ inPeriod: 0, yearOnYear: null })
  })

  it('counts the communities of the scope and names it', async () => {
    const { body } = await figures(`?scope=station:${stations.qianmen}&period=2026-09`)
    expect(body.communities).toBe(3)
    expect(body.scope).toEqual({
      level: 'station',
      stationId: stations.qianmen,
      name: { zh: '前门派出所', en: 'Qianmen Station' },
    })
    expect((await figures('?scope=district&period=2026-09')).body.communities).toBe(5)
  })

  it('defaults to the own station and its latest month for a station head', async () => {
    const { status, body } = await figures('', await asRole('station_head', { stationId: stations.qianmen }))
    expect(status).toBe(200)
    expect(body.scope.stationId).toBe(stations.qianmen)
    expect(body.period).toBe('2026-10')
  })

  it('answers a month without records with null rates, not an error', async () => {
    const { status, body } = await figures('?scope=district&period=2020-01')
    expect(status).toBe(200)
    expect(body.registration.floatingRate).toBeNull()
    expect(body.reporting).toBe(0)
    expect(body.penalties.growth).toBeNull()
  })

  it.each([
    { query: '?scope=town', why: 'an unknown scope' },
    { query: '?scope=station:qianmen', why: 'a malformed station id' },
    { query: '?period=2026-13', why: 'a month that does not exist' },
  ])('refuses $why with 400', async ({ query }) => {
    expect((await figures(query)).status).toBe(400)
  })

  it('answers 404 for another station or an unknown one, 403 for the district below the branch', async () => {
    const headOf = await asRole('station_head', { stationId: stations.qianmen })
    expect((await figures(`?scope=station:${stations.beixinqiao}`, headOf)).status).toBe(404)
    expect((await figures('?scope=station:01JD0000000000000000000S99')).status).toBe(404)
    expect((await figures('?scope=district', headOf)).status).toBe(403)
  })
})

describe('GET /api/communities/figures: outreach, hours and satisfaction', () => {
  it.each([
    { scope: 'district', stationId: null },
    { scope: `station:${stations.qianmen}`, stationId: stations.qianmen },
  ])(
    'computes outreach reach, events and leaflets as plain SQL does ($scope, 2026-09)',
    async ({ scope, stationId }) => {
      const { body } = await figures(`?scope=${scope}&period=2026-09`)
      const one = <T>(sql: string) => env.DB.prepare(sql).bind(stationId).first<T>()
      const people = await one<{ n: number }>(
        'select sum(population) as n from community where ?1 is null or station_id = ?1',
      )
      const groups = await one<{ groups: number; members: number }>(
        `select count(*) as groups, coalesce(sum(g.members), 0) as members from outreach_group g
         join community c on c.id = g.community_id where ?1 is null or c.station_id = ?1`,
      )
      const events = (from: string) =>
        env.DB.prepare(
          `select count(*) as events, coalesce(sum(e.leaflets), 0) as leaflets from outreach_event e
           join community c on c.id = e.community_id
          where (?1 is null or c.station_id = ?1) and e.date between ?2 and '2026-09-30'`,
        )
          .bind(stationId, from)
          .first<{ events: number; leaflets: number }>()
      const month = await events('2026-09-01')
      const window = await events('2025-10-01')
      expect(body.outreach).toEqual({
        groups: groups?.groups,
        members: groups?.members,
        population: people?.n,
        reach: Math.min(1, (groups?.members ?? 0) / (people?.n ?? 1)),
        eventsInPeriod: month?.events,
        leafletsInPeriod: month?.leaflets,
        eventsInWindow: window?.events,
        leafletsInWindow: window?.leaflets,
      })
      expect(body.outreach.eventsInPeriod).toBe(1)
    },
  )

  it("adds officers' hours in the community (officers worker) and satisfaction (assessments worker)", async () => {
    const { status, body } = await figures(`?scope=station:${stations.qianmen}&period=2026-09`)
    expect(status).toBe(200)
    // The stub's Qianmen: two dedicated officers with 150 h and 140 h in 30 days, one part-timer.
    expect(body.hours).toEqual({
      available: true,
      officers: 3,
      dedicatedOfficers: 2,
      communityHours: 330,
      awayHours: 130,
      weeklyPerDedicatedOfficer: 290 / 2 / (30 / 7),
      weeklyTarget: 36,
      communityShare: 330 / 460,
    })
    expect(body.satisfaction).toEqual({ available: true, responses: 250, satisfied: 247, rate: 247 / 250 })
  })

  it('marks a part unavailable when its worker fails, and still answers the rest (never a 500)', async () => {
    const { status, body } = await figures(`?scope=station:${stations.andingmen}&period=2026-09`)
    expect(status).toBe(200)
    expect(body.hours).toEqual({ available: false, reason: 'failed' })
    expect(body.satisfaction).toEqual({ available: false, reason: 'failed' })
    expect(body.scope.stationId).toBe(stations.andingmen)
  })

  it('marks hours unavailable when the officers worker is too slow', async () => {
    const started = Date.now()
    const { status, body } = await figures(`?scope=station:${stations.beixinqiao}&period=2026-09`)
    expect(status).toBe(200)
    expect(body.hours).toEqual({ available: false, reason: 'timeout' })
    expect(body.satisfaction.available).toBe(true)
    expect(Date.now() - started).toBeLessThan(4500)
  })
})
