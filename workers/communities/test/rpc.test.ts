import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { communities, grids, insertFixture, stations } from './fixture'

beforeAll(insertFixture)

describe('RPC for other workers', () => {
  it('counts stations and communities for the district figures', async () => {
    expect(await exports.default.placeCounts()).toEqual({ stations: 3, communities: 5 })
  })

  it('tells which station and grid a community belongs to', async () => {
    expect(await exports.default.gridOfCommunity(communities.caishikou)).toEqual({
      communityId: communities.caishikou,
      stationId: stations.qianmen,
      gridId: grids.qianmen2,
    })
  })

  it('answers a community in no grid yet with a null grid', async () => {
    expect(await exports.default.gridOfCommunity(communities.haiyuncang)).toEqual({
      communityId: communities.haiyuncang,
      stationId: stations.beixinqiao,
      gridId: null,
    })
  })

  it.each([
    { communityId: '01JD0000000000000000000C99', why: 'an unknown community' },
    { communityId: 'haiyuncang', why: 'an id no community can have' },
  ])('answers null for $why', async ({ communityId }) => {
    expect(await exports.default.gridOfCommunity(communityId)).toBeNull()
  })

  it('lists the stations by code with their labels', async () => {
    expect(await exports.default.stations()).toEqual([
      { id: stations.beixinqiao, code: '01', name: { zh: '北新桥派出所', en: 'Beixinqiao Station' } },
      { id: stations.andingmen, code: '02', name: { zh: '安定门派出所', en: 'Andingmen Station' } },
      { id: stations.qianmen, code: '03', name: { zh: '前门派出所', en: 'Qianmen Station' } },
    ])
  })
})
