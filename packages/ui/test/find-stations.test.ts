import { describe, expect, it } from 'vitest'
import { labelMatches } from '../src/i18n/label'
import { findStations } from '../src/search/find-stations'

const community = (id: string, zh: string, en: string) => ({ id, name: { zh, en } })
const stations = [
  {
    id: 'S1',
    code: 's1',
    name: { zh: '东四派出所', en: 'Dongsi Station' },
    communities: [community('C1', '南门仓社区', 'Nanmencang'), community('C2', '豆瓣社区', 'Douban')],
  },
  {
    id: 'S2',
    code: 's2',
    name: { zh: '景山派出所', en: 'Jingshan Station' },
    communities: [community('C3', '黄化门社区', 'Huanghuamen')],
  },
]

describe('finding a station (desk and public app share this)', () => {
  it.each([
    {
      query: '',
      byCommunity: true,
      found: [
        ['S1', 2],
        ['S2', 1],
      ],
    },
    { query: '东四', byCommunity: true, found: [['S1', 2]] },
    { query: 'jingshan', byCommunity: true, found: [['S2', 1]] },
    { query: '豆瓣', byCommunity: true, found: [['S1', 1]] },
    { query: '豆瓣', byCommunity: false, found: [] },
    {
      query: 'station',
      byCommunity: false,
      found: [
        ['S1', 2],
        ['S2', 1],
      ],
    },
    { query: '没有', byCommunity: true, found: [] },
  ])('"$query" (communities: $byCommunity) → $found', ({ query, byCommunity, found }) => {
    const results = findStations(stations, query, labelMatches, { byCommunity })
    expect(results.map((r) => [r.station.id, r.communities.length])).toEqual(found)
  })
})
