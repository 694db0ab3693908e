import { describe, expect, it } from 'vitest'
import { generateDistrict } from '../src'
import { ARTICLE_PEOPLE } from '../src/names'
import { assessments, communities, disputes, district, officers } from './district'

// contracts' Id: opaque ULIDs.
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/

const allRows = () =>
  Object.values(district).flatMap((tables) => Object.values(tables).flat()) as Record<string, unknown>[]

const idSet = (rows: readonly { id: string }[]) => new Set(rows.map((r) => r.id))

describe('ids, references and determinism', () => {
  it('gives every row a valid ULID id, unique across the district', () => {
    const ids = allRows().flatMap((r) => ('id' in r ? [r.id as string] : []))
    expect(ids.length).toBeGreaterThan(900)
    for (const id of ids) expect(id).toMatch(ULID)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('produces the same district on every run', () => {
    expect(generateDistrict()).toEqual(generateDistrict())
  })

  it('produces other ids and names from another seed, with the same figures', () => {
    const other = generateDistrict('another-seed')
    expect(other.communities.station[0]?.id).not.toBe(communities.station[0]?.id)
    expect(other.officers.officer.filter((o) => o.dedicated)).toHaveLength(148)
  })

  it('leaves no reference dangling, inside a database or across databases', () => {
    const stations = idSet(communities.station)
    const grids = idSet(communities.grid)
    const comms = idSet(communities.community)
    const teams = idSet(officers.team)
    const people = idSet(officers.officer)
    const groups = idSet(officers.policeGroup)
    const branch = idSet(communities.branch)
    const references: [string, readonly (string | null | undefined)[], Set<string>][] = [
      ['station → branch', communities.station.map((s) => s.branchId), branch],
      ['community, grid → station', [...communities.community, ...communities.grid].map((r) => r.stationId), stations],
      ['grid_community → grid', communities.gridCommunity.map((r) => r.gridId), grids],
      ['→ community', [...communities.gridCommunity, ...communities.keyUnit].map((r) => r.communityId), comms],
      [
        'officers db → station',
        [...officers.team, ...officers.officer, ...officers.policeGroup].map((r) => r.stationId),
        stations,
      ],
      ['officer → team', officers.officer.map((o) => o.teamId), teams],
      ['team_grid → team', officers.teamGrid.map((r) => r.teamId), teams],
      ['officers db → grid', [...officers.teamGrid, ...officers.gridResponsibility].map((r) => r.gridId), grids],
      ['→ officer', [...officers.gridResponsibility, ...officers.groupMember].map((r) => r.officerId), people],
      ['group_member → group', officers.groupMember.map((r) => r.groupId), groups],
      ['board_member → station', assessments.boardMember.flatMap((m) => (m.stationId ? [m.stationId] : [])), stations],
    ]
    for (const [what, values, targets] of references) {
      for (const v of values) expect(targets.has(v as string), `${what}: ${v}`).toBe(true)
    }
  })

  it('keeps an officer’s team in the officer’s station', () => {
    const teamStation = new Map(officers.team.map((t) => [t.id, t.stationId]))
    for (const o of officers.officer) expect(teamStation.get(o.teamId as string)).toBe(o.stationId)
  })
})

describe('people are synthetic', () => {
  const people = [...officers.officer, ...assessments.boardMember, ...disputes.qiheStaff]

  it('names nobody the article names', () => {
    for (const p of people) expect(ARTICLE_PEOPLE).not.toContain(p.nameZh)
  })

  it('gives everyone a unique Chinese name of 2–3 characters and a pinyin name', () => {
    expect(new Set(people.map((p) => p.nameZh)).size).toBe(people.length)
    for (const p of people) {
      expect(p.nameZh).toMatch(/^\p{Script=Han}{2,3}$/u)
      expect(p.nameEn).toMatch(/^[A-Z][a-z]+ [A-Z][a-z']+$/)
    }
  })
})
