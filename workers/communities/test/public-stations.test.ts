import { exports } from 'cloudflare:workers'
import type { PublicStations } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { communities, insertFixture, stations } from './fixture'

const publicStations = async () => {
  const response = await exports.default.fetch('http://communities/api/communities/public/stations')
  return { status: response.status, body: await response.json<PublicStations>() }
}

beforeAll(insertFixture)

describe('GET /api/communities/public/stations', () => {
  it('lists every station by code, each with its communities by name', async () => {
    const { status, body } = await publicStations()
    expect(status).toBe(200)
    expect(body.stations.map((s) => s.id)).toEqual([stations.beixinqiao, stations.andingmen, stations.qianmen])
    expect(body.stations.map((s) => s.communities.map((c) => c.id))).toEqual([
      [communities.beixinqiao, communities.haiyuncang],
      [],
      [communities.caishikou, communities.dashilan, communities.xianyukou],
    ])
  })

  it('gives only ids and bilingual names, nothing else about the places', async () => {
    const { body } = await publicStations()
    expect(body.stations[0]).toEqual({
      id: stations.beixinqiao,
      name: { zh: '北新桥派出所', en: 'Beixinqiao Station' },
      communities: [
        { id: communities.beixinqiao, name: { zh: '北新桥社区', en: 'Beixinqiao' } },
        { id: communities.haiyuncang, name: { zh: '海运仓社区', en: 'Haiyuncang' } },
      ],
    })
  })
})
