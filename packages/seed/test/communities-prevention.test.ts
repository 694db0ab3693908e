import { describe, expect, it } from 'vitest'
import { generateDistrict } from '../src'
import { FIVE_PREVENTIONS, OUTREACH } from '../src/communities-prevention'
import { communities, stationByName } from './district'

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0)
const jiaodaokou = stationByName('交道口')
const communityIds = (stationId: string) =>
  new Set(communities.community.filter((c) => c.stationId === stationId).map((c) => c.id))

describe('outreach as the article tells it', () => {
  const own = communityIds(jiaodaokou.id)
  const groups = communities.outreachGroup.filter((g) => own.has(g.communityId))

  it('交道口 has 58 groups over its 7 communities, 20,000+ people, about a third of its population', () => {
    expect(own.size).toBe(7)
    expect(groups).toHaveLength(OUTREACH.groups)
    expect(new Set(groups.map((g) => g.communityId)).size).toBe(7)
    const members = sum(groups.map((g) => g.members))
    const people = sum(communities.community.filter((c) => own.has(c.id)).map((c) => c.population))
    expect(members).toBeGreaterThan(20_000)
    expect(members / people).toBeGreaterThan(0.3)
    expect(members / people).toBeLessThan(0.37)
  })

  it('groups every audience of the article', () => {
    expect(new Set(groups.map((g) => g.audience))).toEqual(
      new Set(['residents', 'building_heads', 'volunteers', 'couriers', 'sanitation', 'shopkeepers']),
    )
  })

  it('the "five preventions": 500+ events and 160,000+ leaflets in the year, in every station', () => {
    expect(communities.outreachEvent.length).toBeGreaterThanOrEqual(500)
    expect(sum(communities.outreachEvent.map((e) => e.leaflets))).toBeGreaterThanOrEqual(160_000)
    for (const e of communities.outreachEvent) {
      expect(e.date >= FIVE_PREVENTIONS.from && e.date <= FIVE_PREVENTIONS.to).toBe(true)
    }
    const stationOf = new Map(communities.community.map((c) => [c.id, c.stationId]))
    expect(new Set(communities.outreachEvent.map((e) => stationOf.get(e.communityId))).size).toBe(
      communities.station.length,
    )
  })
})

describe('key units, managers and duty reports', () => {
  it('inspects every key unit; failed items are findings, some still open', () => {
    const inspected = new Set(communities.keyUnitInspection.map((i) => i.keyUnitId))
    expect(inspected.size).toBe(communities.keyUnit.length)
    const open = communities.keyUnitFinding.filter((f) => f.status === 'open')
    expect(open.length).toBeGreaterThan(0)
    expect(open.length).toBeLessThan(communities.keyUnitFinding.length)
    for (const f of communities.keyUnitFinding) {
      const inspection = communities.keyUnitInspection.find((i) => i.id === f.inspectionId)
      expect(inspection?.items.find((it) => it.code === f.itemCode)?.passed).toBe(false)
    }
  })

  it('gives every community at least one floating-population manager', () => {
    expect(new Set(communities.manager.map((m) => m.communityId)).size).toBe(communities.community.length)
  })

  it('reports each group’s day on duty with the two shops of its rota, the street in its community', () => {
    const shopGroup = new Map(communities.shop.map((s) => [s.id, s.groupId]))
    for (const r of communities.dutyReport) {
      expect(r.shopIds).toHaveLength(2)
      for (const id of r.shopIds) expect(shopGroup.get(id)).toBe(r.groupId)
    }
    const nanluoguxiang = communities.community.find((c) => c.nameEn.startsWith('Nanluoguxiang'))
    expect(communities.defenceGroup.every((g) => g.communityId === nanluoguxiang?.id)).toBe(true)
  })

  it('is deterministic', () => {
    const again = generateDistrict().communities
    expect(again.outreachGroup).toEqual(communities.outreachGroup)
    expect(again.keyUnitFinding).toEqual(communities.keyUnitFinding)
    expect(again.dutyReport).toEqual(communities.dutyReport)
  })
})

describe('the rewards of the closed quarters', () => {
  it('records every station’s round of each closed quarter, and rewards managers of excellent communities only', () => {
    expect(communities.leagueRewardRound).toHaveLength(3 * communities.station.length)
    expect(communities.leagueReward.length).toBeGreaterThan(0)
    const managerOf = new Map(communities.manager.map((m) => [m.id, m]))
    for (const r of communities.leagueReward) {
      expect(managerOf.get(r.managerId)?.communityId).toBe(r.communityId)
      expect(managerOf.get(r.managerId)?.active).toBe(true)
      expect(r.rank).toBeLessThanOrEqual(2)
    }
  })
})
