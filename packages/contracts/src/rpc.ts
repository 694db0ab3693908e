import type { BoardSummary } from './assessments'
import type { CommunityGrid, PlaceCounts, Station } from './communities'
import type { StaffSummary } from './disputes'
import type { HeldDispute } from './disputes-ledger'
import type { ForceCounts, ResponsibleOfficer } from './officers'
import type {
  CommunityRegistrationRow,
  DisputeSurveyAnswer,
  FiguresPeriod,
  OfficerDisputeRow,
  OfficerHoursRow,
  OfficerTaskRow,
  RegistrationPeriod,
  SatisfactionFigure,
} from './rpc-figures'
import type { DutyLeadHandover, DutyLeadRecorded, DutyTaskCreated, DutyTaskHandover } from './rpc-handover'

/**
 * What other workers may call on a domain worker's RPC entrypoint (its `WorkerEntrypoint`
 * default export `implements` the interface). Callers type their binding with it, e.g.
 * `env.OFFICERS as Service<OfficersRpc & Rpc.WorkerEntrypointBranded>`, so neither side
 * imports the other's source and a renamed method breaks the build on both sides.
 */
export interface OfficersRpc {
  /** Dedicated officers and community police groups, for the district counts. */
  forceCounts(): Promise<ForceCounts>
  /** The A role of a grid; null when nobody is responsible. */
  responsibleOfficer(gridId: string): Promise<ResponsibleOfficer | null>
  /** Community hours against hours assigned away, per officer (scores, dashboards, reports). */
  communityHours(period: FiguresPeriod): Promise<OfficerHoursRow[]>
  /** Task-list items due in the period and done, per officer (scores). */
  taskCompletion(period: FiguresPeriod): Promise<OfficerTaskRow[]>
  /** A special task in the officer's list for a problem found on duty; once per hand-over id. */
  taskFromDutyProblem(handover: DutyTaskHandover): Promise<DutyTaskCreated>
}

export interface CommunitiesRpc {
  /** Stations and communities, for the district counts. */
  placeCounts(): Promise<PlaceCounts>
  /** The station and grid of a community; null when the community is unknown. */
  gridOfCommunity(communityId: string): Promise<CommunityGrid | null>
  /** Every station (id, code, labels) ordered by code. */
  stations(): Promise<Station[]>
  /** Monthly registration counts per community with its grid (scores, reports). */
  registrationRows(period: RegistrationPeriod): Promise<CommunityRegistrationRow[]>
}

export interface AssessmentsRpc {
  /** How many active members, and chairs among them, sit on the review board. */
  boardSummary(): Promise<BoardSummary>
  /** Satisfaction from surveys and visits (district and station figures). */
  satisfaction(period: FiguresPeriod): Promise<SatisfactionFigure>
  /** Stores a citizen's answer after a dispute closed; false when that dispute already answered. */
  recordDisputeSurvey(answer: DisputeSurveyAnswer): Promise<{ recorded: boolean }>
}

export interface DisputesRpc {
  /** Active Qihe Station staff per partner agency. */
  staffSummary(): Promise<StaffSummary>
  /** The open disputes an officer holds, for the officer's task list and desk (no personal data). */
  openDisputesOf(officerId: string): Promise<HeldDispute[]>
  /** Disputes settled in the period, overdue and open, per responsible officer (scores). */
  disputeResults(period: FiguresPeriod): Promise<OfficerDisputeRow[]>
  /** A dispute lead found in the community on joint-defence duty (no personal data); once per hand-over id. */
  leadFromDutyProblem(handover: DutyLeadHandover): Promise<DutyLeadRecorded>
}
