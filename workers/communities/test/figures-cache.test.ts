import { env, exports } from 'cloudflare:workers'
import type { ErrorBody, Figures } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { communities, insertFixture, stations } from './fixture'
import { insertPlacesFixture } from './places-fixture'
import { insertPreventionFixture } from './prevention-fixture'

// The figures are kept per scope and period (figures-cache.ts) and must never show a write late:
// a change made through the API is in the very next read, for the district and the station.

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
  await insertPlacesFixture()
})

const figures = async (query: string) => {
  const response = await exports.default.fetch(`http://communities/api/communities/figures${query}`, {
    headers: await asRole('branch_admin'),
  })
  return { status: response.status, body: await response.json<Figures & ErrorBody>() }
}

const headOfQianmen = () => asRole('station_head', { stationId: stations.qianmen })

async function correctRegistration(month: string, counts: Record<string, number>) {
  const response = await exports.default.fetch(
    `http://communities/api/communities/communities/${communities.xianyukou}/registrations/${month}`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...(await headOfQianmen()) },
      body: JSON.stringify(counts),
    },
  )
  expect(response.status).toBe(200)
}

/** Penalties of 2026-09 by plain SQL, for the district or one station. */
async function penaltiesBySql(stationId: string | null) {
  const row = await env.DB.prepare(
    `select sum(r.illegal_rental_penalties) as n from registration r join community c on c.id = r.community_id
      where r.month = '2026-09' and (?1 is null or c.station_id = ?1)`,
  )
    .bind(stationId)
    .first<{ n: number }>()
  return row?.n ?? 0
}

describe('GET /api/communities/figures is kept, and a write shows at the next read', () => {
  it.each([
    { scope: 'district', stationId: null, penalties: 9 },
    { scope: `station:${stations.qianmen}`, stationId: stations.qianmen, penalties: 10 },
  ])(
    'shows a registration corrected through the API at the next read ($scope)',
    async ({ scope, stationId, penalties }) => {
      const before = await figures(`?scope=${scope}&period=2026-09`)
      expect(before.status).toBe(200)
      expect((await figures(`?scope=${scope}&period=2026-09`)).body).toEqual(before.body)
      await correctRegistration('2026-09', {
        floatingKnown: 200,
        floatingRegistered: 200,
        rentalKnown: 60,
        rentalRegistered: 60,
        illegalRentalPenalties: penalties,
      })
      const after = await figures(`?scope=${scope}&period=2026-09`)
      expect(after.body.penalties.inPeriod).toBe(await penaltiesBySql(stationId))
      expect(after.body.penalties.inPeriod).not.toBe(before.body.penalties.inPeriod)
      expect(after.body.trend.at(-1)?.illegalRentalPenalties).toBe(after.body.penalties.inPeriod)
    },
  )

  it('shows rows written without the API (a seed, a migration) at the next read too', async () => {
    const before = await figures('?scope=district&period=2026-09')
    await env.DB.prepare(
      `insert into incident_count (community_id, month, type, count) values (?1, '2026-09', 'burglary', 3)`,
    )
      .bind(communities.caishikou)
      .run()
    const after = await figures('?scope=district&period=2026-09')
    const burglary = (f: Figures) => f.incidents.find((i) => i.type === 'burglary')?.inPeriod
    expect(burglary(after.body)).toBe((burglary(before.body) ?? 0) + 3)
  })

  it('asks the other workers again only when their answers are older than the time to live, not after a write here', async () => {
    const officers = env.OFFICERS as unknown as { stubHoursCalls(): Promise<number> }
    const period = `?scope=station:${stations.qianmen}&period=2026-08`
    await figures(period)
    const asked = await officers.stubHoursCalls()
    await correctRegistration('2026-08', {
      floatingKnown: 200,
      floatingRegistered: 199,
      rentalKnown: 60,
      rentalRegistered: 60,
      illegalRentalPenalties: 7,
    })
    const after = await figures(period)
    expect(after.body.penalties.inPeriod).toBe(7 + 1 + 0)
    expect(await officers.stubHoursCalls()).toBe(asked)
  })

  it('keeps one answer per scope and period: a station never gets the district’s', async () => {
    const district = await figures('?scope=district&period=2026-09')
    const station = await figures(`?scope=station:${stations.qianmen}&period=2026-09`)
    const other = await figures('?scope=district&period=2026-08')
    expect(district.body.scope.level).toBe('district')
    expect(station.body.scope.stationId).toBe(stations.qianmen)
    expect(other.body.period).toBe('2026-08')
    expect(station.body.communities).toBeLessThan(district.body.communities)
  })
})

describe('the trend carries hours and satisfaction for every month', () => {
  it('asks the officers and assessments workers for each month of the trend', async () => {
    const { body } = await figures(`?scope=station:${stations.qianmen}&period=2026-09`)
    expect(body.trend).toHaveLength(12)
    for (const point of body.trend) {
      const [year, month] = point.month.split('-').map(Number) as [number, number]
      const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
      // The stub's Qianmen: two dedicated officers with 150 h and 140 h whatever the period.
      expect(point.weeklyHoursPerDedicatedOfficer).toBeCloseTo(290 / 2 / (days / 7), 10)
      expect(point.satisfactionRate).toBeCloseTo(247 / 250, 10)
    }
    // The headline is the last month's answer.
    const last = body.trend.at(-1)
    expect(body.hours.available && body.hours.weeklyPerDedicatedOfficer).toBeCloseTo(
      last?.weeklyHoursPerDedicatedOfficer ?? -1,
      10,
    )
  })

  it('leaves a month null, not an error, when a worker fails', async () => {
    // The stubs fail for Andingmen (S3): every month's hours and satisfaction are unknown.
    const { status, body } = await figures(`?scope=station:${stations.andingmen}&period=2026-09`)
    expect(status).toBe(200)
    expect(body.trend.every((p) => p.weeklyHoursPerDedicatedOfficer === null && p.satisfactionRate === null)).toBe(true)
    expect(body.hours).toEqual({ available: false, reason: 'failed' })
  })
})
