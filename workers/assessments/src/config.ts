/**
 * The figures of the board and of scoring, in one place (architecture.md: "numbers in the rules
 * are configuration"). Defaults are the article's where it gives one; a station may override the
 * scoring figures (its own scale), the board's are branch-wide (one board).
 */
export const BOARD_CONFIG = {
  /** Quorum: this share of the non-recused panel must have voted (default two thirds). */
  quorum: { numerator: 2, denominator: 3 },
  /**
   * Seats drawn from the active members free of conflict (the chair and four members). Smaller
   * than the board, so an appeal can go to members who did not sit on the first panel.
   */
  panelSize: 5 as number | null,
  /** Days the board has to decide a filed case (not in the article: the branch sets it). */
  decisionDays: 30,
  /** Days within which one appeal may be filed (issue 7: 15 days). */
  appealDays: 15,
  /**
   * Share of what each named deduction cost in the score (its points at the rater's weight) that an
   * "exempt in part" decision reverses. The article only says "to the greatest extent"; a partial
   * exemption here restores half, to hundredths of a point (the score's precision).
   */
  partialShare: { numerator: 1, denominator: 2 },
} as const

export type BoardConfig = typeof BOARD_CONFIG

export type ScoringConfig = { basePoints: number }

/** The article's station: a 100-point scale (5 aspects, 15 items). */
export const DEFAULT_SCORING: ScoringConfig = { basePoints: 100 }

/** Stations that keep another scale (none yet): `{ [stationId]: { basePoints } }`. */
const STATION_SCORING: Readonly<Record<string, Partial<ScoringConfig>>> = {}

export const scoringFor = (stationId: string): ScoringConfig => ({
  ...DEFAULT_SCORING,
  ...STATION_SCORING[stationId],
})

/**
 * The cycle's figures (domain.md "Scoring", "Work rhythm"). Branch-wide: one ranking rule for
 * every station, so grades and consequences compare across the branch.
 */
export const CYCLE_CONFIG = {
  /** Share of a station's officers graded excellent each quarter (the quota), rounded down, at least one. */
  excellentShare: { numerator: 1, denominator: 5 },
  /** Officers at the bottom of a station's ranking for whom the rule proposes a consequence. */
  bottomCount: 1,
  /** Below this score the proposal is supervision, below `talkBelow` a reminder talk, else a card warning. */
  supervisionBelow: 70,
  talkBelow: 85,
  /** Points a computed disputes item takes per dispute overdue at the end of the quarter. */
  pointsPerOverdueDispute: 1,
} as const

export const SURVEY_CONFIG = {
  /** Scores of 4 and 5 (of 1–5) count as satisfied (rpc-figures.ts). */
  satisfiedFrom: 4,
} as const

export const NOMINATION_CONFIG = {
  /** Annual commendations approved per branch and year (issue 7: 15 by default). */
  annualCommendationQuota: 15,
  /** Days the board has to decide a nomination. */
  decisionDays: 30,
} as const
