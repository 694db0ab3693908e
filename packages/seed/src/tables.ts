import * as assessments from '../../../workers/assessments/src/db/schema'
import * as communities from '../../../workers/communities/src/db/schema'
import * as disputes from '../../../workers/disputes/src/db/schema'
import * as identity from '../../../workers/gateway/src/db/schema'
import * as officers from '../../../workers/officers/src/db/schema'
import type { DemoAccount } from './demo-accounts'

// The tables the seed fills, per database, taken from the workers' drizzle schemas (the one
// source of table shapes). The order inside each database is the insert order: a row's
// foreign keys point at tables listed before it. The gateway's identity database comes last:
// its demo accounts point at officers and stations seeded above.

export const SEED_TABLES = {
  communities: {
    branch: communities.branch,
    station: communities.station,
    community: communities.community,
    grid: communities.grid,
    gridCommunity: communities.gridCommunity,
    keyUnit: communities.keyUnit,
    registration: communities.registration,
    defenceGroup: communities.defenceGroup,
    shop: communities.shop,
    incidentCount: communities.incidentCount,
  },
  officers: {
    team: officers.team,
    teamGrid: officers.teamGrid,
    officer: officers.officer,
    gridResponsibility: officers.gridResponsibility,
    policeGroup: officers.policeGroup,
    groupMember: officers.groupMember,
  },
  assessments: {
    boardMember: assessments.boardMember,
    scorecard: assessments.scorecard,
    scoreItem: assessments.scoreItem,
    scoreSheet: assessments.scoreSheet,
    deduction: assessments.deduction,
    exemptionCase: assessments.exemptionCase,
    caseDeduction: assessments.caseDeduction,
    panelSeat: assessments.panelSeat,
    vote: assessments.vote,
    adjustment: assessments.adjustment,
  },
  disputes: { qiheStaff: disputes.qiheStaff },
  identity: { account: identity.account },
} as const

export type SeedTables = typeof SEED_TABLES
export type DatabaseName = keyof SeedTables

/** Rows to insert into one table, typed from its drizzle schema. */
export type Rows<D extends DatabaseName, T extends keyof SeedTables[D]> = SeedTables[D][T] extends {
  $inferInsert: infer R
}
  ? R[]
  : never

/** What the writer inserts: rows per database per table. */
export type SeedRows = { [D in DatabaseName]: { [T in keyof SeedTables[D]]: Rows<D, T> } }

/**
 * Everything the seed generates: the rows, except that demo accounts are drafts without a
 * password hash or sealed TOTP secret. Those need random salts and the local data key, so the
 * writer adds them (identity-rows.ts) and the generator stays pure.
 */
export type District = Omit<SeedRows, 'identity'> & { identity: { account: DemoAccount[] } }

export type Row<D extends DatabaseName, T extends keyof SeedTables[D]> = Rows<D, T>[number]
