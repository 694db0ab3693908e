import { describe, expect, it } from 'vitest'
import { assessments, communities, disputes } from './district'

describe('key units', () => {
  it('puts schools, kindergartens and hospitals in every station', () => {
    const stationOf = new Map(communities.community.map((c) => [c.id, c.stationId]))
    for (const station of communities.station) {
      const kinds = new Set(
        communities.keyUnit.filter((u) => stationOf.get(u.communityId) === station.id).map((u) => u.kind),
      )
      expect([...kinds].sort(), station.nameZh).toEqual(['hospital', 'kindergarten', 'school'])
    }
  })

  it('spreads them over many communities', () => {
    expect(new Set(communities.keyUnit.map((u) => u.communityId)).size).toBeGreaterThan(80)
  })
})

describe('review board', () => {
  const members = assessments.boardMember

  it('has one chair and 8 members, all active', () => {
    expect(members.filter((m) => m.role === 'chair')).toHaveLength(1)
    expect(members.filter((m) => m.role === 'member')).toHaveLength(8)
    expect(members.every((m) => m.active)).toBe(true)
  })

  it('draws members from the political, legal, population and inspection departments and from stations', () => {
    const units = members.map((m) => m.unitZh)
    for (const unit of ['政治处', '法制支队', '人口管理大队', '督察支队']) expect(units).toContain(unit)
    const fromStations = members.filter((m) => m.stationId)
    expect(fromStations.length).toBeGreaterThanOrEqual(2)
    for (const m of fromStations) expect(m.unitZh).toMatch(/派出所$/)
  })
})

describe('Qihe Station staff', () => {
  const staff = disputes.qiheStaff

  it('comes from police, procuratorate, court and justice bureau', () => {
    expect(new Set(staff.map((s) => s.agency))).toEqual(new Set(['police', 'procuratorate', 'court', 'justice_bureau']))
  })

  it('serves resident, rotating and on call', () => {
    expect(new Set(staff.map((s) => s.arrangement))).toEqual(new Set(['resident', 'rotating', 'on_call']))
    expect(staff.filter((s) => s.agency === 'police' && s.arrangement === 'resident').length).toBeGreaterThan(0)
  })
})
