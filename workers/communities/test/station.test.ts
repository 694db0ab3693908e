import { exports } from 'cloudflare:workers'
import type { ErrorBody, StationDetail } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { communities, grids, insertFixture, stations } from './fixture'

// A board member reads any station (branch scope); the scope tests below narrow it.
const station = async (id: string, headers?: Record<string, string>) => {
  const response = await exports.default.fetch(`http://communities/api/communities/stations/${id}`, {
    headers: headers ?? (await asRole('board_member')),
  })
  return { status: response.status, body: await response.json<StationDetail & ErrorBody>() }
}

beforeAll(insertFixture)

describe('GET /api/communities/stations/{id}', () => {
  it('gives the station with its communities by name and its grids with the communities they cover', async () => {
    const { status, body } = await station(stations.qianmen)
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: stations.qianmen, code: '03', name: { zh: '前门派出所', en: 'Qianmen Station' } })
    expect(body.communities.map((c) => c.id)).toEqual([
      communities.caishikou,
      communities.dashilan,
      communities.xianyukou,
    ])
    expect(body.communities.find((c) => c.id === communities.xianyukou)).toEqual({
      id: communities.xianyukou,
      stationId: stations.qianmen,
      name: { zh: '鲜鱼口社区', en: 'Xianyukou' },
      housingType: 'bungalow',
      population: 6200,
      areaKm2: 0.42,
    })
    expect(body.grids).toEqual([
      {
        id: grids.qianmen1,
        stationId: stations.qianmen,
        name: { zh: '前门第1警格', en: 'Qianmen grid 1' },
        communityIds: [communities.dashilan],
      },
      {
        id: grids.qianmen2,
        stationId: stations.qianmen,
        name: { zh: '前门第2警格', en: 'Qianmen grid 2' },
        communityIds: [communities.xianyukou, communities.caishikou],
      },
    ])
  })

  it('answers a station without communities with empty lists', async () => {
    const { status, body } = await station(stations.andingmen)
    expect(status).toBe(200)
    expect(body).toMatchObject({ communities: [], grids: [] })
  })

  it('answers 404 NOT_FOUND for an unknown station', async () => {
    const { status, body } = await station('01JD0000000000000000000S99')
    expect(status).toBe(404)
    expect(body.error.code).toBe('NOT_FOUND')
  })

  it('refuses a malformed station id with 400 naming the id', async () => {
    const { status, body } = await station('qianmen')
    expect(status).toBe(400)
    expect(body.error.code).toBe('VALIDATION_FAILED')
    expect(body.error.details).toMatchObject({ target: 'param', fields: [expect.objectContaining({ path: 'id' })] })
  })
})

describe('GET /api/communities/stations/{id} below the branch (row-level scope)', () => {
  it.each([
    { role: 'station_head' as const, place: { stationId: stations.qianmen } },
    { role: 'team_leader' as const, place: { stationId: stations.qianmen, teamId: '01JD00000000000000000000T1' } },
    {
      role: 'officer' as const,
      place: {
        stationId: stations.qianmen,
        teamId: '01JD00000000000000000000T1',
        officerId: '01JD00000000000000000000E1',
      },
    },
  ])('lets a $role read the own station', async ({ role, place }) => {
    const { status, body } = await station(stations.qianmen, await asRole(role, place))
    expect(status).toBe(200)
    expect(body.communities).toHaveLength(3)
  })

  it('answers 404 NOT_FOUND for another station, exactly as for a station that does not exist', async () => {
    const head = await asRole('station_head', { stationId: stations.qianmen })
    const other = await station(stations.beixinqiao, head)
    expect(other.status).toBe(404)
    expect(other.body).toEqual({
      error: { code: 'NOT_FOUND', message: `Station ${stations.beixinqiao} was not found` },
    })
    const unknown = await station('01JD0000000000000000000S99', head)
    expect(unknown.body).toEqual({
      error: { code: 'NOT_FOUND', message: 'Station 01JD0000000000000000000S99 was not found' },
    })
  })
})
