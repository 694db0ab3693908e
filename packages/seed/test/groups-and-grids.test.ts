import { describe, expect, it } from 'vitest'
import { communities, dedicatedOfficers, membersOf, officerById, officers } from './district'

// "每个社区警务网格配备1名专职社区民警" and "每个警组配备2至5名社区民警，互为AB角".
describe('grids and their responsible officers', () => {
  it('gives every grid exactly one responsible officer, who is dedicated', () => {
    const byGrid = new Map<string, string[]>()
    for (const r of officers.gridResponsibility) byGrid.set(r.gridId, [...(byGrid.get(r.gridId) ?? []), r.officerId])
    for (const grid of communities.grid) {
      const responsible = byGrid.get(grid.id) ?? []
      expect(responsible, grid.nameZh).toHaveLength(1)
      expect(officerById.get(responsible[0] as string)?.dedicated).toBe(true)
    }
  })

  it('makes every dedicated officer responsible for one grid of the own station', () => {
    const gridById = new Map(communities.grid.map((g) => [g.id, g]))
    for (const officer of dedicatedOfficers) {
      const grids = officers.gridResponsibility.filter((r) => r.officerId === officer.id)
      expect(grids).toHaveLength(1)
      expect(gridById.get(grids[0]?.gridId as string)?.stationId).toBe(officer.stationId)
    }
  })

  it('puts every community in exactly one grid, a grid covering one or two communities', () => {
    const covered = communities.gridCommunity.map((gc) => gc.communityId)
    expect(new Set(covered).size).toBe(163)
    expect(covered).toHaveLength(163)
    const sizes = communities.grid.map((g) => communities.gridCommunity.filter((gc) => gc.gridId === g.id).length)
    expect(sizes.every((n) => n === 1 || n === 2)).toBe(true)
    // 163 communities over 148 grids: 15 grids cover two communities.
    expect(sizes.filter((n) => n === 2)).toHaveLength(15)
  })

  it('keeps a grid and its communities in one station', () => {
    const communityById = new Map(communities.community.map((c) => [c.id, c]))
    const gridById = new Map(communities.grid.map((g) => [g.id, g]))
    for (const gc of communities.gridCommunity) {
      expect(communityById.get(gc.communityId)?.stationId).toBe(gridById.get(gc.gridId)?.stationId)
    }
  })

  it('assigns every grid to one team of its station', () => {
    expect(officers.teamGrid).toHaveLength(148)
    expect(new Set(officers.teamGrid.map((tg) => tg.gridId)).size).toBe(148)
  })
})

describe('community police groups', () => {
  it('has 2 to 5 officers in each group', () => {
    for (const group of officers.policeGroup) {
      const size = membersOf(group.id).length
      expect(size, group.nameZh).toBeGreaterThanOrEqual(2)
      expect(size, group.nameZh).toBeLessThanOrEqual(5)
    }
  })

  it('has at least one A and one B in each group', () => {
    for (const group of officers.policeGroup) {
      const roles = membersOf(group.id).map((m) => m.role)
      expect(roles, group.nameZh).toContain('A')
      expect(roles, group.nameZh).toContain('B')
    }
  })

  it('puts every dedicated officer in exactly one group, as A', () => {
    for (const officer of dedicatedOfficers) {
      const memberships = officers.groupMember.filter((m) => m.officerId === officer.id)
      expect(memberships).toHaveLength(1)
      expect(memberships[0]?.role).toBe('A')
    }
  })

  it('gives every grid’s responsible officer the A role in a group of the own station', () => {
    const groupById = new Map(officers.policeGroup.map((g) => [g.id, g]))
    for (const r of officers.gridResponsibility) {
      const membership = officers.groupMember.find((m) => m.officerId === r.officerId)
      expect(membership?.role).toBe('A')
      expect(groupById.get(membership?.groupId as string)?.stationId).toBe(officerById.get(r.officerId)?.stationId)
    }
  })

  it('seeds non-dedicated officers only as B roles', () => {
    for (const m of officers.groupMember) {
      expect(m.role).toBe(officerById.get(m.officerId)?.dedicated ? 'A' : 'B')
    }
  })

  it('puts every seeded officer in one group', () => {
    expect(officers.groupMember).toHaveLength(officers.officer.length)
    expect(new Set(officers.groupMember.map((m) => m.officerId)).size).toBe(officers.officer.length)
  })
})
