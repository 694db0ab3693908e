/**
 * Figures one domain worker hands another over RPC, so a score, a dashboard or a report is
 * computed from the records where they live instead of being typed in twice. Periods are
 * Beijing calendar dates `YYYY-MM-DD`, both ends included; months are `YYYY-MM`.
 */

export interface FiguresPeriod {
  from: string
  to: string
  /** Only this station's officers / communities; every station when absent. */
  stationId?: string
}

/** Time in the community against time assigned away, per officer over a period. */
export interface OfficerHoursRow {
  officerId: string
  stationId: string
  dedicated: boolean
  /** Approved or submitted presence hours in the community. */
  communityHours: number
  /** Hours of assignments that took the officer away from the community. */
  awayHours: number
  /** The officer's weekly target summed over the weeks of the period. */
  targetHours: number
}

/** Task-list items due in a period and how many of them were done, per officer. */
export interface OfficerTaskRow {
  officerId: string
  stationId: string
  due: number
  done: number
}

/** Disputes an officer was responsible for: settled in the period, overdue now, still open. */
export interface OfficerDisputeRow {
  officerId: string
  settled: number
  overdue: number
  open: number
}

/** Monthly registration counts of one community, with the grid it belongs to. */
export interface CommunityRegistrationRow {
  communityId: string
  stationId: string
  gridId: string | null
  month: string
  floatingKnown: number
  floatingRegistered: number
  rentalKnown: number
  rentalRegistered: number
}

export interface RegistrationPeriod {
  fromMonth: string
  toMonth: string
  stationId?: string
}

/** Satisfaction from surveys and visits over a period (the branch figure is 98.88 %). */
export interface SatisfactionFigure {
  stationId: string | null
  responses: number
  satisfied: number
  /** satisfied ÷ responses, null when nobody answered. */
  rate: number | null
}

/**
 * A citizen's satisfaction answer after their dispute closed, handed by the disputes worker to
 * the assessments worker, which owns surveys. One answer per dispute: recording it twice keeps
 * the first.
 */
export interface DisputeSurveyAnswer {
  disputeId: string
  stationId: string
  communityId: string
  /** 1 (very dissatisfied) … 5 (very satisfied); 4 and 5 count as satisfied. */
  score: 1 | 2 | 3 | 4 | 5
  answeredAt: string
}
