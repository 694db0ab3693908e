import { describe, expect, it } from 'vitest'
import { ageOf, communities, inStation, membersOf, officerById, officers, stationByName } from './district'

const teamsOf = (zh: string) => inStation(officers.team, zh)
const gridsOfTeam = (teamId: string) => officers.teamGrid.filter((tg) => tg.teamId === teamId)
const officersOfTeam = (teamId: string) => officers.officer.filter((o) => o.teamId === teamId)

describe('stations the article describes', () => {
  it('交道口 has 7 communities, mostly bungalow courtyards, on 1.47 km²', () => {
    const list = inStation(communities.community, '交道口')
    expect(list).toHaveLength(7)
    expect(list.filter((c) => c.housingType === 'bungalow').length).toBeGreaterThanOrEqual(5)
    expect(list.reduce((s, c) => s + c.areaKm2, 0)).toBeCloseTo(1.47, 5)
  })

  it('交道口 has about three times the 20,000 its WeChat groups reach', () => {
    const population = inStation(communities.community, '交道口').reduce((s, c) => s + c.population, 0)
    expect(population).toBeGreaterThan(55_000)
    expect(population).toBeLessThan(70_000)
  })

  it('天坛 has 4 teams, each managing 2 grids with one dedicated officer each', () => {
    const teams = teamsOf('天坛')
    expect(teams).toHaveLength(4)
    for (const team of teams) {
      expect(gridsOfTeam(team.id)).toHaveLength(2)
      expect(officersOfTeam(team.id).filter((o) => o.dedicated)).toHaveLength(2)
    }
  })

  it('前门 has 3 community policing teams of 12 officers each, led by deputy heads', () => {
    const teams = teamsOf('前门')
    expect(teams).toHaveLength(3)
    for (const team of teams) {
      const members = officersOfTeam(team.id)
      expect(members).toHaveLength(12)
      expect(members.filter((o) => o.titleZh.startsWith('副所长'))).toHaveLength(1)
    }
  })

  it('东四 has 6 communities, 6 grids and 12 community officers: 6 dedicated A’s and 6 B’s', () => {
    expect(inStation(communities.community, '东四')).toHaveLength(6)
    expect(inStation(communities.grid, '东四')).toHaveLength(6)
    const force = inStation(officers.officer, '东四')
    expect(force).toHaveLength(12)
    expect(force.filter((o) => o.dedicated)).toHaveLength(6)
  })

  it('东四 pairs each senior A with a young B ("老带新")', () => {
    const groups = inStation(officers.policeGroup, '东四')
    const roles = groups.flatMap((g) => membersOf(g.id))
    const agesOf = (role: 'A' | 'B') =>
      roles
        .filter((m) => m.role === role)
        .map((m) => ageOf(officerById.get(m.officerId) as { birthYear: number }, 2026))
    expect(Math.min(...agesOf('A'))).toBeGreaterThan(Math.max(...agesOf('B')))
    expect(Math.max(...agesOf('B'))).toBeLessThanOrEqual(30)
  })

  it('北新桥 chose 10 dedicated officers out of 26 community officers', () => {
    const force = inStation(officers.officer, '北新桥')
    expect(force).toHaveLength(26)
    expect(force.filter((o) => o.dedicated)).toHaveLength(10)
    expect(force.filter((o) => o.dedicated).every((o) => o.titleZh.includes('社区副书记'))).toBe(true)
  })

  it('东花市 scores 8 community officers', () => {
    expect(inStation(officers.officer, '东花市')).toHaveLength(8)
  })

  it('every station has at least one team and one group', () => {
    for (const station of communities.station) {
      expect(officers.team.some((t) => t.stationId === station.id)).toBe(true)
      expect(officers.policeGroup.some((g) => g.stationId === station.id)).toBe(true)
    }
    expect(stationByName('安定门').code).toBe('andingmen')
  })
})
