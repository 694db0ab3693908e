import { z } from '@hono/zod-openapi'
import { BoardRole } from './assessments'
import { ScoreQuarter } from './assessments-scores'
import { Id, Label } from './common'

// Fault-tolerance exemption (容错免责): an officer who, while lawfully performing duties, misses
// an expected result because of an accidental event or force majeure, without serious
// consequences, is exempted. A case states each of the three criteria with evidence; the board
// decides with conflicts removed, a quorum and written reasons.

const Text = (max: number) => z.string().trim().min(1).max(max)
const Day = z.iso.date().openapi({ example: '2024-08-14' })

/** The three criteria, in the order the rule states them. */
export const CRITERIA = ['lawfulDuty', 'accidentOrForceMajeure', 'noSeriousConsequence'] as const
export type Criterion = (typeof CRITERIA)[number]

const PerCriterion = (max: number) =>
  z.object({ lawfulDuty: Text(max), accidentOrForceMajeure: Text(max), noSeriousConsequence: Text(max) })

export const CriteriaEvidence = PerCriterion(2000).openapi('CriteriaEvidence')
export type CriteriaEvidence = z.infer<typeof CriteriaEvidence>

export const TieKind = z.enum(['supervisor', 'relative', 'colleague', 'other'])
export type TieKind = z.infer<typeof TieKind>

/** Why a panel member may not sit on a case. */
export const ConflictReason = z.enum(['same_station', 'supervisor', 'filer', 'declared_tie'])
export type ConflictReason = z.infer<typeof ConflictReason>

export const CaseDeductionInput = z.object({
  itemCode: z.string().trim().min(1).max(16).openapi({ example: 'B2' }),
  points: z.number().int().positive().openapi({ description: "within the score item's range (1..maxPoints)" }),
})

/** `POST /api/assessments/exemption-cases`: filed by the officer, the team leader or the station head. */
export const FileExemptionCase = z
  .object({
    officerId: Id,
    happenedOn: Day,
    duty: Text(200).openapi({ description: 'which duty the officer was performing' }),
    facts: Text(4000).openapi({ description: 'what happened' }),
    criteria: CriteriaEvidence,
    deductions: z.array(CaseDeductionInput).min(1).max(15),
    declaredTies: z
      .array(z.object({ memberId: Id, kind: TieKind, note: z.string().trim().max(500).default('') }))
      .max(20)
      .default([]),
  })
  .openapi('FileExemptionCase')
export type FileExemptionCase = z.input<typeof FileExemptionCase>

export const VoteOutcome = z.enum(['exempt_full', 'exempt_partial', 'reject'])
export type VoteOutcome = z.infer<typeof VoteOutcome>

/** `POST /api/assessments/exemption-cases/{caseId}/votes`: one vote per member, with a reason per criterion. */
export const CastVote = z.object({ outcome: VoteOutcome, reasons: PerCriterion(2000) }).openapi('CastVote')
export type CastVote = z.infer<typeof CastVote>

/** `POST /api/assessments/exemption-cases/{caseId}/decision`: the chair closes the case. */
export const CloseCase = z.object({ summary: Text(4000) }).openapi('CloseCase')
export type CloseCase = z.infer<typeof CloseCase>

/**
 * `POST /api/assessments/exemption-cases/{caseId}/appeal`: one appeal within 15 days of the
 * decision, to a panel without the first panel's members (drawn by the server, or proposed).
 */
export const FileAppeal = z
  .object({
    grounds: Text(4000),
    panel: z
      .array(Id)
      .min(1)
      .max(20)
      .optional()
      .openapi({ description: 'a proposed appeal panel; any first-panel member in it is refused (422)' }),
  })
  .openapi('FileAppeal')
export type FileAppeal = z.infer<typeof FileAppeal>

export const CaseStatus = z.enum(['open', 'decided'])
export type CaseStatus = z.infer<typeof CaseStatus>

export const QuorumBlocker = z.enum(['RULE_QUORUM', 'RULE_MAJORITY'])

/** Computed by the server from the panel and the votes (src/rules/quorum.ts). */
export const Tally = z
  .object({
    panel: z.number().int(),
    recused: z.number().int(),
    eligible: z.number().int().openapi({ description: 'panel members not recused: the quorum base' }),
    cast: z.number().int(),
    needed: z.number().int().openapi({ description: 'votes needed for the quorum' }),
    quorumMet: z.boolean(),
    counts: z.object({ exempt_full: z.number().int(), exempt_partial: z.number().int(), reject: z.number().int() }),
    majority: VoteOutcome.nullable(),
    blocker: QuorumBlocker.nullable().openapi({ description: 'why the chair may not close yet' }),
  })
  .openapi('Tally')
export type Tally = z.infer<typeof Tally>

export const PanelSeat = z
  .object({
    memberId: Id,
    name: Label,
    role: BoardRole,
    unit: Label,
    recused: z.boolean(),
    conflicts: z.array(ConflictReason),
    voted: z.boolean(),
  })
  .openapi('PanelSeat')
export type PanelSeat = z.infer<typeof PanelSeat>

export const CaseVote = z
  .object({ memberId: Id, outcome: VoteOutcome, reasons: CriteriaEvidence, castAt: z.string() })
  .openapi('CaseVote')
export type CaseVote = z.infer<typeof CaseVote>

export const CaseDeduction = z
  .object({ itemCode: z.string(), itemName: Label, points: z.number().int(), maxPoints: z.number().int() })
  .openapi('CaseDeduction')
export type CaseDeduction = z.infer<typeof CaseDeduction>

export const CaseAdjustment = z
  .object({ itemCode: z.string(), points: z.number(), quarter: ScoreQuarter })
  .openapi('CaseAdjustment')
export type CaseAdjustment = z.infer<typeof CaseAdjustment>

export const Decision = z
  .object({
    outcome: VoteOutcome,
    summary: z.string(),
    decidedAt: z.string(),
    decidedBy: Id.openapi({ description: 'the chair (board member id) who closed the case' }),
    adjustments: z.array(CaseAdjustment),
  })
  .openapi('Decision')
export type Decision = z.infer<typeof Decision>

/** Where the signed-in board member stands on this case (drives the voting form). */
export const CaseViewer = z
  .object({
    memberId: Id.nullable(),
    chair: z.boolean(),
    onPanel: z.boolean(),
    recused: z.boolean(),
    voted: z.boolean(),
  })
  .openapi('CaseViewer')
export type CaseViewer = z.infer<typeof CaseViewer>

export const CaseSummary = z
  .object({
    id: Id,
    officerId: Id,
    stationId: Id,
    quarter: ScoreQuarter,
    happenedOn: z.string(),
    duty: z.string(),
    status: CaseStatus,
    outcome: VoteOutcome.nullable(),
    filedAt: z.string(),
    deadline: z.string().openapi({ description: 'the board decides by this day (Asia/Shanghai)' }),
  })
  .openapi('CaseSummary')
export type CaseSummary = z.infer<typeof CaseSummary>

export const OfficerQuarterScore = z
  .object({ score: z.number(), rank: z.number().int(), officers: z.number().int() })
  .openapi('OfficerQuarterScore')

/** `GET /api/assessments/exemption-cases/{caseId}`: the case page and the decision record. */
export const ExemptionCase = CaseSummary.extend({
  appealOf: Id.nullable().openapi({ description: 'on an appeal: the case it appeals' }),
  appealId: Id.nullable().openapi({ description: 'on an appealed case: its appeal' }),
  appealDeadline: z.string().nullable().openapi({ description: 'on a decided case: the last day to appeal' }),
  grounds: z.string().nullable(),
  facts: z.string(),
  criteria: CriteriaEvidence,
  deductions: z.array(CaseDeduction),
  filedByRole: z.string(),
  panel: z.array(PanelSeat),
  votes: z.array(CaseVote),
  tally: Tally,
  decision: Decision.nullable(),
  viewer: CaseViewer,
  officerScore: OfficerQuarterScore.nullable().openapi({
    description: "the officer's score and rank in the station for the case's quarter, adjustments included",
  }),
}).openapi('ExemptionCase')
export type ExemptionCase = z.infer<typeof ExemptionCase>

export const CaseQueue = z.object({ cases: z.array(CaseSummary) }).openapi('CaseQueue')
export type CaseQueue = z.infer<typeof CaseQueue>

export const CaseQueueQuery = z.object({
  status: CaseStatus.optional().openapi({ param: { name: 'status', in: 'query' } }),
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
  dueBefore: Day.optional().openapi({ param: { name: 'dueBefore', in: 'query' } }),
})

export const CaseIdParam = z.object({ caseId: Id.openapi({ param: { name: 'caseId', in: 'path' } }) })
