import * as assessments from '../../../workers/assessments/src/db/schema'
import * as communities from '../../../workers/communities/src/db/schema'
import * as disputes from '../../../workers/disputes/src/db/schema'
import * as officers from '../../../workers/officers/src/db/schema'

// The tables the seed fills, per database, taken from the workers' drizzle schemas (the one
// source of table shapes). The order inside each database is the insert order: a row's
// foreign keys point at tables listed before it.

export const SEED_TABLES = {
  communities: {
    branch: communities.branch,
    station: communities.station,
    community: communities.community,
    grid: communities.grid,
    gridCommunity: communities.gridCommunity,
    keyUnit: communities.keyUnit,
  },
  officers: {
    team: officers.team,
    teamGrid: officers.teamGrid,
    officer: officers.officer,
    gridResponsibility: officers.gridResponsibility,
    policeGroup: officers.policeGroup,
    groupMember: officers.groupMember,
  },
  assessments: { boardMember: assessments.boardMember },
  disputes: { qiheStaff: disputes.qiheStaff },
} as const

export type SeedTables = typeof SEED_TABLES
export type DatabaseName = keyof SeedTables

/** Rows to insert into one table, typed from its drizzle schema. */
export type Rows<D extends DatabaseName, T extends keyof SeedTables[D]> = SeedTables[D][T] extends {
  $inferInsert: infer R
}
  ? R[]
  : never

/** Everything the seed writes: rows per database per table. */
export type District = { [D in DatabaseName]: { [T in keyof SeedTables[D]]: Rows<D, T> } }

export type Row<D extends DatabaseName, T extends keyof SeedTables[D]> = Rows<D, T>[number]
