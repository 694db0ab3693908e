import { exports } from 'cloudflare:workers'
import type { DutyOfDay, ErrorBody, GroupRota } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertFixture, stations } from './fixture'
import { groups, insertPreventionFixture, shops } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
})

const get = async <T>(path: string, headers?: Record<string, string>) => {
  const response = await exports.default.fetch(`http://communities/api/communities/${path}`, {
    headers: headers ?? (await asRole('station_head', { stationId: stations.qianmen })),
  })
  return { status: response.status, body: await response.json<T & ErrorBody>() }
}

describe('GET /api/communities/defence-groups/{groupId}/rota', () => {
  it('gives two shops a day in street order, skipping the shop closed on Mondays', async () => {
    // 2026-01-05 (the rota start) is a Monday: the third shop is closed.
    const { status, body } = await get<GroupRota>(
      `defence-groups/${groups.dashilan}/rota?from=2026-01-05&to=2026-01-07`,
    )
    expect(status).toBe(200)
    expect(body.days.map((d) => d.shops.map((s) => s.id))).toEqual([
      [shops[0], shops[1]],
      [shops[2], shops[3]],
      [shops[4], shops[0]],
    ])
    expect(body.shops[2]?.closedWeekdays).toEqual([1])
    expect(body.group.street).toEqual({ zh: '大栅栏西街', en: 'Dashilan West Street' })
  })

  it('defaults to the week from today', async () => {
    const { body } = await get<GroupRota>(`defence-groups/${groups.dashilan}/rota`)
    expect(body.days).toHaveLength(7)
  })

  it.each([
    { query: '?from=2026-02-10&to=2026-02-01', why: 'an end before the start' },
    { query: '?from=2026-01-01&to=2026-06-30', why: 'a range over 62 days' },
    { query: '?from=2026-02-30', why: 'a day that does not exist' },
  ])('refuses $why with 400', async ({ query }) => {
    const { status, body } = await get<GroupRota>(`defence-groups/${groups.dashilan}/rota${query}`)
    expect(status).toBe(400)
    expect(body.error.code).toBe('VALIDATION_FAILED')
  })

  it('answers 404 for another station’s group, as for an unknown one', async () => {
    expect((await get(`defence-groups/${groups.beixinqiao}/rota`)).status).toBe(404)
    expect((await get('defence-groups/01JD000000000000000000DG99/rota')).status).toBe(404)
  })
})

describe('GET /api/communities/joint-defence', () => {
  it("gives each group of the own station with the day's two shops", async () => {
    const { status, body } = await get<DutyOfDay>('joint-defence?date=2026-01-06')
    expect(status).toBe(200)
    expect(body.stationId).toBe(stations.qianmen)
    expect(body.groups).toHaveLength(1)
    expect(body.groups[0]).toMatchObject({ shopCount: 5, onDuty: [{ id: shops[2] }, { id: shops[3] }] })
  })

  it('gives every group of the district to the branch', async () => {
    const { body } = await get<DutyOfDay>('joint-defence?date=2026-01-06', await asRole('branch_admin'))
    expect(body.stationId).toBeNull()
    expect(body.groups).toHaveLength(2)
  })

  it('answers 404 for another station below the branch', async () => {
    expect((await get(`joint-defence?station=${stations.beixinqiao}`)).status).toBe(404)
  })
})
