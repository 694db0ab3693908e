import { z } from '@hono/zod-openapi'
import { CRITERIA, VoteOutcome } from './assessments-cases'
import { OfficerScore, Rater, RaterRole, ScoreQuarter } from './assessments-scores'
import { Id, Label } from './common'

// Surveys, raters and computed items, the assessment cycle (weekly, monthly, quarterly with its
// frozen snapshot, annual), ratings and consequences, the anonymised precedent library and the
// exemption rate, and nominations decided by the board (assessments worker).

const Day = z.iso.date().openapi({ example: '2024-08-14' })
const Text = (max: number) => z.string().trim().min(1).max(max)
const q = (name: string) => ({ param: { name, in: 'query' as const } })

// ---- surveys and satisfaction ----------------------------------------------------------------

export const SurveyKind = z.enum(['dispute', 'public', 'visit'])
export type SurveyKind = z.infer<typeof SurveyKind>
export const SurveyScore = z
  .number()
  .int()
  .min(1)
  .max(5)
  .openapi({ description: '1 very dissatisfied … 5 very satisfied' })

export const Survey = z.object({ id: Id, kind: SurveyKind, name: Label, question: Label }).openapi('Survey')
export const Surveys = z.object({ surveys: z.array(Survey) }).openapi('Surveys')
export type Surveys = z.infer<typeof Surveys>

/** `POST /api/assessments/surveys/public`: the public short form. No personal data: a community and a score. */
export const PublicSurveyAnswer = z.object({ communityId: Id, score: SurveyScore }).openapi('PublicSurveyAnswer')
export type PublicSurveyAnswer = z.infer<typeof PublicSurveyAnswer>

/** `POST /api/assessments/surveys/visits`: an officer records a household's answer during a visit. */
export const VisitSurveyAnswer = z
  .object({ communityId: Id, score: SurveyScore, visitedOn: Day })
  .openapi('VisitSurveyAnswer')
export type VisitSurveyAnswer = z.infer<typeof VisitSurveyAnswer>

export const RecordedAnswer = z
  .object({
    id: Id,
    kind: SurveyKind,
    stationId: Id,
    communityId: Id.nullable(),
    score: z.number().int(),
    answeredOn: z.string(),
  })
  .openapi('RecordedAnswer')
export type RecordedAnswer = z.infer<typeof RecordedAnswer>

export const SatisfactionRow = z
  .object({
    stationId: Id.nullable(),
    communityId: Id.nullable(),
    responses: z.number().int(),
    satisfied: z.number().int(),
    rate: z.number().nullable().openapi({ description: 'satisfied ÷ responses; null when nobody answered' }),
  })
  .openapi('SatisfactionRow')
export type SatisfactionRow = z.infer<typeof SatisfactionRow>

/** `GET /api/assessments/satisfaction?from=&to=&station=`: the district, each station and each community. */
export const Satisfaction = z
  .object({
    from: z.string(),
    to: z.string(),
    district: SatisfactionRow,
    stations: z.array(SatisfactionRow),
    communities: z.array(SatisfactionRow),
  })
  .openapi('Satisfaction')
export type Satisfaction = z.infer<typeof Satisfaction>

export const PeriodQuery = z.object({
  from: Day.optional().openapi(q('from')),
  to: Day.optional().openapi(q('to')),
  station: Id.optional().openapi(q('station')),
})

// ---- raters and computed items ---------------------------------------------------------------

/** `POST /api/assessments/officers/{officerId}/deductions`: a rater takes points off an item, with a reason. */
export const EnterDeduction = z
  .object({
    quarter: ScoreQuarter,
    itemCode: z.string().trim().min(1).max(16),
    points: z.number().int().openapi({ description: "1..the item's maxPoints (else 400 POINTS_OUT_OF_RANGE)" }),
    reason: Text(1000),
  })
  .openapi('EnterDeduction')
export type EnterDeduction = z.infer<typeof EnterDeduction>

export const EnteredDeduction = z
  .object({
    id: Id,
    officerId: Id,
    quarter: ScoreQuarter,
    itemCode: z.string(),
    points: z.number().int(),
    raterRole: RaterRole,
    weightPct: z.number().int(),
    reason: z.string(),
  })
  .openapi('EnteredDeduction')

/** `POST /api/assessments/quarters/{quarter}/computed-items`: recompute the computed items of a station. */
export const ComputeItems = z.object({ stationId: Id }).openapi('ComputeItems')
export const ComputedItem = z
  .object({ officerId: Id, itemCode: z.string(), points: z.number().int(), inputs: z.record(z.string(), z.unknown()) })
  .openapi('ComputedItem')
export const ComputedItems = z
  .object({ stationId: Id, quarter: ScoreQuarter, items: z.array(ComputedItem) })
  .openapi('ComputedItems')
export type ComputedItems = z.infer<typeof ComputedItems>

export const ScoreQuarterParam = z.object({ quarter: ScoreQuarter.openapi({ param: { name: 'quarter', in: 'path' } }) })

// ---- the cycle -------------------------------------------------------------------------------

export const WeeklyQuery = z.object({
  week: Day.optional().openapi({ ...q('week'), description: 'a day of the week (default: this week)' }),
  station: Id.optional().openapi(q('station')),
})
export const WeeklySummary = z
  .object({
    stationId: Id.nullable(),
    from: z.string(),
    to: z.string(),
    officers: z.array(
      z.object({
        officerId: Id,
        stationId: Id,
        communityHours: z.number().nullable(),
        targetHours: z.number().nullable(),
        tasksDue: z.number().nullable(),
        tasksDone: z.number().nullable(),
        deductions: z.number().int(),
        pointsDeducted: z.number(),
      }),
    ),
    /** Peers that did not answer: their columns are null, the rest stands. */
    unavailable: z.array(z.string()),
  })
  .openapi('WeeklySummary')
export type WeeklySummary = z.infer<typeof WeeklySummary>

export const MonthlyQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .openapi(q('month')),
  station: Id.optional().openapi(q('station')),
})
export const MonthlyNotice = z
  .object({
    stationId: Id.nullable(),
    month: z.string(),
    quarter: ScoreQuarter,
    officers: z.array(
      z.object({
        officerId: Id,
        stationId: Id,
        score: z.number(),
        rank: z.number().int(),
        deductedThisMonth: z.number(),
        entries: z.number().int(),
      }),
    ),
  })
  .openapi('MonthlyNotice')
export type MonthlyNotice = z.infer<typeof MonthlyNotice>

export const AnnualQuery = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .openapi(q('year')),
  station: Id.optional().openapi(q('station')),
})
export const AnnualEvaluation = z
  .object({
    stationId: Id.nullable(),
    year: z.string(),
    officers: z.array(
      z.object({
        officerId: Id,
        stationId: Id,
        quarters: z.array(
          z.object({ quarter: ScoreQuarter, score: z.number(), rank: z.number().int(), frozen: z.boolean() }),
        ),
        average: z.number(),
        rank: z.number().int(),
        excellentQuarters: z.number().int(),
      }),
    ),
  })
  .openapi('AnnualEvaluation')
export type AnnualEvaluation = z.infer<typeof AnnualEvaluation>

export const Grade = z.enum(['excellent', 'ordinary'])
export type Grade = z.infer<typeof Grade>

export const CloseQuarter = z.object({ stationId: Id }).openapi('CloseQuarter')
export const SnapshotRow = OfficerScore.extend({
  grade: Grade,
  star: z.boolean(),
  frozenAt: z.string(),
  inputs: z.object({
    deductions: z.array(
      z.object({ itemCode: z.string(), points: z.number(), raterRole: z.string().nullable(), weightPct: z.number() }),
    ),
    computed: z.array(
      z.object({ itemCode: z.string(), points: z.number(), inputs: z.record(z.string(), z.unknown()) }),
    ),
    adjustments: z.array(z.object({ itemCode: z.string(), points: z.number(), caseId: Id })),
  }),
}).openapi('SnapshotRow')
export type SnapshotRow = z.infer<typeof SnapshotRow>

export const ConsequenceKind = z.enum(['card_warning', 'reminder_talk', 'supervision'])
export type ConsequenceKind = z.infer<typeof ConsequenceKind>
export const Consequence = z
  .object({
    id: Id,
    officerId: Id,
    stationId: Id,
    quarter: ScoreQuarter,
    kind: ConsequenceKind,
    score: z.number(),
    rank: z.number().int(),
    status: z.enum(['proposed', 'confirmed', 'withdrawn']),
    reason: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .openapi('Consequence')
export type Consequence = z.infer<typeof Consequence>

/** `POST /api/assessments/quarters/{quarter}/close`: the frozen snapshot, grades, star and proposals. */
export const QuarterSnapshot = z
  .object({
    stationId: Id.nullable().openapi({ description: 'null: every station in scope' }),
    quarter: ScoreQuarter,
    closedAt: z.string().nullable().openapi({ description: 'null while the quarter is open (no rows yet)' }),
    rows: z.array(SnapshotRow),
    consequences: z.array(Consequence),
  })
  .openapi('QuarterSnapshot')
export type QuarterSnapshot = z.infer<typeof QuarterSnapshot>

export const SnapshotQuery = z.object({ station: Id.optional().openapi(q('station')) })

export const Consequences = z.object({ consequences: z.array(Consequence) }).openapi('Consequences')
export type Consequences = z.infer<typeof Consequences>
export const ConsequenceQuery = z.object({
  station: Id.optional().openapi(q('station')),
  quarter: ScoreQuarter.optional().openapi(q('quarter')),
})
export const DecideConsequence = z
  .object({ decision: z.enum(['confirm', 'withdraw']), reason: Text(1000) })
  .openapi('DecideConsequence')
export type DecideConsequence = z.infer<typeof DecideConsequence>

/** `GET /api/assessments/officers/{officerId}/history`: the quarters' scores and hours in the community. */
export const OfficerHistory = z
  .object({
    officerId: Id,
    quarters: z.array(
      z.object({
        quarter: ScoreQuarter,
        score: z.number(),
        rank: z.number().int(),
        officers: z.number().int(),
        frozen: z.boolean(),
        adjusted: z.number(),
        communityHours: z.number().nullable(),
        targetHours: z.number().nullable(),
      }),
    ),
    earlierCases: z.array(
      z.object({ id: Id, quarter: ScoreQuarter, status: z.string(), outcome: VoteOutcome.nullable() }),
    ),
    unavailable: z.array(z.string()),
  })
  .openapi('OfficerHistory')
export type OfficerHistory = z.infer<typeof OfficerHistory>

// ---- precedents and exemption rate -----------------------------------------------------------

export const CriterionName = z.enum(CRITERIA)
export const PrecedentQuery = z.object({
  criterion: CriterionName.optional().openapi(q('criterion')),
  outcome: VoteOutcome.optional().openapi(q('outcome')),
  q: z.string().trim().max(100).optional().openapi(q('q')),
})
export const Precedent = z
  .object({
    ref: z.string().openapi({ description: 'a stable reference that does not reveal the case id' }),
    quarter: ScoreQuarter,
    duty: z.string(),
    facts: z.string(),
    criteria: z.object({
      lawfulDuty: z.string(),
      accidentOrForceMajeure: z.string(),
      noSeriousConsequence: z.string(),
    }),
    outcome: VoteOutcome,
    summary: z.string(),
    votes: z.object({ exempt_full: z.number().int(), exempt_partial: z.number().int(), reject: z.number().int() }),
    reasons: z.object({
      lawfulDuty: z.array(z.string()),
      accidentOrForceMajeure: z.array(z.string()),
      noSeriousConsequence: z.array(z.string()),
    }),
    appeal: z.boolean(),
  })
  .openapi('Precedent')
export type Precedent = z.infer<typeof Precedent>
export const Precedents = z.object({ precedents: z.array(Precedent) }).openapi('Precedents')
export type Precedents = z.infer<typeof Precedents>

export const ExemptionRateRow = z
  .object({
    stationId: Id.nullable(),
    quarter: ScoreQuarter,
    decided: z.number().int(),
    exempted: z.number().int(),
    rate: z.number().nullable(),
  })
  .openapi('ExemptionRateRow')
export type ExemptionRateRow = z.infer<typeof ExemptionRateRow>
export const ExemptionRates = z
  .object({ stations: z.array(ExemptionRateRow), branch: z.array(ExemptionRateRow) })
  .openapi('ExemptionRates')
export type ExemptionRates = z.infer<typeof ExemptionRates>

// ---- nominations -----------------------------------------------------------------------------

export const NominationKind = z.enum(['star_of_quarter', 'annual_commendation', 'promotion_preference'])
export type NominationKind = z.infer<typeof NominationKind>
export const NominationOutcome = z.enum(['approve', 'reject'])
export type NominationOutcome = z.infer<typeof NominationOutcome>

export const FileNomination = z
  .object({
    kind: NominationKind,
    officerId: Id,
    period: z
      .string()
      .regex(/^\d{4}(-Q[1-4])?$/)
      .openapi({ description: 'a quarter (2024-Q3) for a star of the quarter, a year (2024) for the others' }),
    reason: Text(4000),
    declaredTies: z
      .array(z.object({ memberId: Id, kind: z.enum(['supervisor', 'relative', 'colleague', 'other']) }))
      .max(20)
      .default([]),
  })
  .openapi('FileNomination')
export type FileNomination = z.input<typeof FileNomination>

export const NominationVoteInput = z
  .object({ outcome: NominationOutcome, reason: Text(2000) })
  .openapi('NominationVoteInput')
export const CloseNomination = z.object({ summary: Text(4000) }).openapi('CloseNomination')

export const NominationTally = z
  .object({
    panel: z.number().int(),
    recused: z.number().int(),
    eligible: z.number().int(),
    cast: z.number().int(),
    needed: z.number().int(),
    quorumMet: z.boolean(),
    counts: z.object({ approve: z.number().int(), reject: z.number().int() }),
    majority: NominationOutcome.nullable(),
    blocker: z.enum(['RULE_QUORUM', 'RULE_MAJORITY']).nullable(),
  })
  .openapi('NominationTally')

export const NominationSummary = z
  .object({
    id: Id,
    kind: NominationKind,
    officerId: Id,
    stationId: Id,
    period: z.string(),
    status: z.enum(['open', 'decided']),
    outcome: NominationOutcome.nullable(),
    filedAt: z.string(),
    deadline: z.string(),
  })
  .openapi('NominationSummary')
export type NominationSummary = z.infer<typeof NominationSummary>

export const Nomination = NominationSummary.extend({
  reason: z.string(),
  snapshot: z.array(
    z.object({
      quarter: ScoreQuarter,
      score: z.number(),
      rank: z.number().int(),
      grade: Grade,
      star: z.boolean(),
      frozenAt: z.string(),
    }),
  ),
  panel: z.array(
    z.object({
      memberId: Id,
      name: Label,
      role: z.enum(['chair', 'member']),
      recused: z.boolean(),
      conflicts: z.array(z.string()),
      voted: z.boolean(),
    }),
  ),
  votes: z.array(z.object({ memberId: Id, outcome: NominationOutcome, reason: z.string(), castAt: z.string() })),
  tally: NominationTally,
  decision: z
    .object({ outcome: NominationOutcome, summary: z.string(), decidedAt: z.string(), decidedBy: Id })
    .nullable(),
  viewer: z.object({
    memberId: Id.nullable(),
    chair: z.boolean(),
    onPanel: z.boolean(),
    recused: z.boolean(),
    voted: z.boolean(),
  }),
}).openapi('Nomination')
export type Nomination = z.infer<typeof Nomination>

export const Nominations = z.object({ nominations: z.array(NominationSummary) }).openapi('Nominations')
export type Nominations = z.infer<typeof Nominations>
export const NominationQuery = z.object({
  kind: NominationKind.optional().openapi(q('kind')),
  status: z.enum(['open', 'decided']).optional().openapi(q('status')),
  station: Id.optional().openapi(q('station')),
  dueBefore: Day.optional().openapi(q('dueBefore')),
})
export const NominationIdParam = z.object({ nominationId: Id.openapi({ param: { name: 'nominationId', in: 'path' } }) })
export const ConsequenceIdParam = z.object({
  consequenceId: Id.openapi({ param: { name: 'consequenceId', in: 'path' } }),
})

/** `PUT /api/assessments/scorecards/{stationId}/raters`: who rates on a station's card, with weights adding up to 100. */
export const SetRaters = z
  .object({
    raters: z
      .array(Rater.extend({ weightPct: z.number().int().min(1).max(100) }))
      .min(1)
      .max(2),
  })
  .openapi('SetRaters')
export type SetRaters = z.infer<typeof SetRaters>
export const ScorecardStationParam = z.object({ stationId: Id.openapi({ param: { name: 'stationId', in: 'path' } }) })
