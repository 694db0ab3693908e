import { env } from 'cloudflare:workers'
import { createDb } from '../src/db'
import { gridResponsibility, groupMember, officer, policeGroup, team, teamGrid } from '../src/db/schema'

/** A valid opaque id (ULID shape) whose tail names what it is, so failures read well. */
const id = (tag: string) => `01JD${tag.padStart(22, '0')}`

export const stations = { north: id('S1'), south: id('S2') }
export const teams = { first: id('T1'), second: id('T2'), southFirst: id('T3') }
export const grids = { g1: id('G1'), g2: id('G2'), g3: id('G3'), south: id('G4'), unassigned: id('G9') }
export const groups = { p1: id('P1'), p2: id('P2') }
export const officers = { wang: id('E1'), li: id('E2'), zhao: id('E3'), chen: id('E4'), sun: id('E5') }

const rank = { titleZh: '社区民警', titleEn: 'Community officer' }

/**
 * Two stations. North: team 1 (grids 1–2), team 2 (grid 3); three dedicated officers and one
 * non-dedicated B role without a team; two groups. South: one dedicated officer, no group.
 */
export async function insertFixture() {
  const db = createDb(env)
  await db.batch([
    db.insert(team).values([
      { id: teams.first, stationId: stations.north, nameZh: '第一社区警务队', nameEn: 'Team 1' },
      { id: teams.second, stationId: stations.north, nameZh: '第二社区警务队', nameEn: 'Team 2' },
      { id: teams.southFirst, stationId: stations.south, nameZh: '第一社区警务队', nameEn: 'Team 1' },
    ]),
    db.insert(teamGrid).values([
      { teamId: teams.first, gridId: grids.g1 },
      { teamId: teams.first, gridId: grids.g2 },
      { teamId: teams.second, gridId: grids.g3 },
      { teamId: teams.southFirst, gridId: grids.south },
    ]),
    db.insert(officer).values([
      {
        ...rank,
        id: officers.wang,
        stationId: stations.north,
        teamId: teams.first,
        nameZh: '王芳',
        nameEn: 'Wang Fang',
        dedicated: true,
        birthYear: 1985,
        education: 'bachelor',
        inPostSince: '2016-11-28',
      },
      {
        ...rank,
        id: officers.li,
        stationId: stations.north,
        teamId: teams.first,
        nameZh: '李娜',
        nameEn: 'Li Na',
        dedicated: true,
        birthYear: 1995,
        education: 'associate',
        inPostSince: '2022-11-28',
      },
      {
        ...rank,
        id: officers.zhao,
        stationId: stations.north,
        teamId: teams.second,
        nameZh: '赵磊',
        nameEn: 'Zhao Lei',
        dedicated: true,
        birthYear: 1980,
        education: 'master',
        inPostSince: '2014-11-28',
      },
      {
        id: officers.chen,
        stationId: stations.north,
        teamId: null,
        nameZh: '陈刚',
        nameEn: 'Chen Gang',
        dedicated: false,
        titleZh: '巡逻民警',
        titleEn: 'Patrol officer',
        birthYear: 1990,
        education: 'secondary',
        inPostSince: '2018-01-01',
      },
      {
        ...rank,
        id: officers.sun,
        stationId: stations.south,
        teamId: teams.southFirst,
        nameZh: '孙丽',
        nameEn: 'Sun Li',
        dedicated: true,
        birthYear: 1978,
        education: 'bachelor',
        inPostSince: '2010-07-01',
      },
    ]),
    db.insert(gridResponsibility).values([
      { gridId: grids.g1, officerId: officers.wang },
      { gridId: grids.g2, officerId: officers.wang },
      { gridId: grids.g3, officerId: officers.zhao },
      { gridId: grids.south, officerId: officers.sun },
    ]),
    db.insert(policeGroup).values([
      { id: groups.p1, stationId: stations.north, nameZh: '第一警组', nameEn: 'Group 1' },
      { id: groups.p2, stationId: stations.north, nameZh: '第二警组', nameEn: 'Group 2' },
    ]),
    db.insert(groupMember).values([
      { groupId: groups.p1, officerId: officers.wang, role: 'A' },
      { groupId: groups.p1, officerId: officers.li, role: 'B' },
      { groupId: groups.p2, officerId: officers.zhao, role: 'A' },
      { groupId: groups.p2, officerId: officers.chen, role: 'B' },
    ]),
  ])
}
