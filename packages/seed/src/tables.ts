import * as assessments from '../../../workers/assessments/src/db/schema'
import * as communities from '../../../workers/communities/src/db/schema'
import * as disputes from '../../../workers/disputes/src/db/schema'
import * as identity from '../../../workers/gateway/src/db/schema'
import * as officers from '../../../workers/officers/src/db/schema'
import type { DemoAccount } from './demo-accounts'
import type { DisputeDraft } from './disputes'

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
    keyUnitInspection: communities.keyUnitInspection,
    keyUnitFinding: communities.keyUnitFinding,
    manager: communities.manager,
    leagueRewardRound: communities.leagueRewardRound,
    leagueReward: communities.leagueReward,
    outreachGroup: communities.outreachGroup,
    outreachCampaign: communities.outreachCampaign,
    outreachEvent: communities.outreachEvent,
    dutyReport: communities.dutyReport,
    dutyProblem: communities.dutyProblem,
  },
  officers: {
    team: officers.team,
    teamGrid: officers.teamGrid,
    officer: officers.officer,
    gridResponsibility: officers.gridResponsibility,
    policeGroup: officers.policeGroup,
    groupMember: officers.groupMember,
    checklist: officers.checklist,
    checklistItem: officers.checklistItem,
    taskTemplate: officers.taskTemplate,
    taskItem: officers.taskItem,
    presenceEntry: officers.presenceEntry,
    presenceWeek: officers.presenceWeek,
    assignment: officers.assignment,
    refusedAssignment: officers.refusedAssignment,
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
    scorecardRater: assessments.scorecardRater,
    quarterClose: assessments.quarterClose,
    scoreSnapshot: assessments.scoreSnapshot,
    consequence: assessments.consequence,
    survey: assessments.survey,
    surveyAnswer: assessments.surveyAnswer,
    nomination: assessments.nomination,
    nominationSeat: assessments.nominationSeat,
    nominationVote: assessments.nominationVote,
  },
  disputes: {
    qiheStaff: disputes.qiheStaff,
    dispute: disputes.dispute,
    disputeEvent: disputes.disputeEvent,
    disputeContact: disputes.disputeContact,
  },
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
 * password hash or sealed TOTP secret, and disputes drafts with their personal data in clear
 * (their contact digests come with sealing). Those need random salts and the local data keys, so
 * the writer adds them (identity-rows.ts, disputes-rows.ts) and the generator stays pure.
 */
export type District = Omit<SeedRows, 'identity' | 'disputes'> & {
  identity: { account: DemoAccount[] }
  // Disputes are drafts with the personal data in clear: the writer seals them (disputes-rows.ts).
  disputes: Omit<SeedRows['disputes'], 'dispute' | 'disputeContact'> & { dispute: DisputeDraft[]; disputeContact: [] }
}

export type Row<D extends DatabaseName, T extends keyof SeedTables[D]> = Rows<D, T>[number]
