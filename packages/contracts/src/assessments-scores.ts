import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'

/** A quarter of the assessment cycle, e.g. `2024-Q3` (quarters are counted in Asia/Shanghai). */
export const ScoreQuarter = z
  .string()
  .regex(/^\d{4}-Q[1-4]$/, 'must be a quarter like 2024-Q3')
  .openapi({ example: '2024-Q3' })
export type ScoreQuarter = z.infer<typeof ScoreQuarter>

export const RaterRole = z.enum(['team_leader', 'station_head'])
export type RaterRole = z.infer<typeof RaterRole>

/** Where an item's deduction comes from: a rater with a reason, or computed from records. */
export const ItemSource = z.enum([
  'rater',
  'community_hours',
  'task_completion',
  'registration_rate',
  'disputes',
  'satisfaction',
])
export type ItemSource = z.infer<typeof ItemSource>

/** A rater of the scorecard and the weight of the rater's deductions (the weights add up to 100). */
export const Rater = z.object({ role: RaterRole, label: Label, weightPct: z.number().int() }).openapi('Rater')
export type Rater = z.infer<typeof Rater>

/** One item of a station's scorecard: a deduction against it takes 1..maxPoints points. */
export const ScoreItem = z
  .object({
    id: Id,
    code: z.string().openapi({ example: 'A1' }),
    aspect: z.string().openapi({ example: 'A', description: 'the aspect the item belongs to' }),
    name: Label,
    maxPoints: z.number().int().positive(),
    source: ItemSource,
  })
  .openapi('ScoreItem')
export type ScoreItem = z.infer<typeof ScoreItem>

/** `GET /api/assessments/scorecards?station=`: the station's scorecard (e.g. 100 points, 5 aspects, 15 items). */
export const Scorecard = z
  .object({
    id: Id,
    stationId: Id,
    name: Label,
    totalPoints: z.number().int().positive(),
    raters: z.array(Rater),
    items: z.array(ScoreItem),
  })
  .openapi('Scorecard')
export type Scorecard = z.infer<typeof Scorecard>

export const StationQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
})

/** `GET /api/assessments/scorecards`: the scorecards in scope (one station's below the branch). */
export const Scorecards = z.object({ scorecards: z.array(Scorecard) }).openapi('Scorecards')
export type Scorecards = z.infer<typeof Scorecards>

export const ScoresQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
  quarter: ScoreQuarter.optional().openapi({
    param: { name: 'quarter', in: 'query' },
    description: 'default: the current quarter',
  }),
})

/** One officer's quarter: the base minus recorded deductions plus adjustments (each pointing at its cause). */
export const OfficerScore = z
  .object({
    officerId: Id,
    stationId: Id,
    quarter: ScoreQuarter,
    basePoints: z.number(),
    deducted: z.number().openapi({ description: 'sum of recorded deductions' }),
    adjusted: z.number().openapi({ description: 'sum of adjustments, e.g. reversed by an exemption' }),
    score: z.number(),
    rank: z.number().int().positive().openapi({ description: 'within the station; equal scores share a rank' }),
    frozen: z.boolean().openapi({
      description: 'the quarter is closed: deductions are the snapshot, adjustments after it are added',
    }),
  })
  .openapi('OfficerScore')
export type OfficerScore = z.infer<typeof OfficerScore>

/**
 * `GET /api/assessments/scores?station=&quarter=`: quarterly scores ranked within each station
 * (one station's below the branch; every station's for the branch without `station`).
 */
export const StationScores = z
  .object({ stationId: Id.nullable(), quarter: ScoreQuarter, scores: z.array(OfficerScore) })
  .openapi('StationScores')
export type StationScores = z.infer<typeof StationScores>

export const RecordedDeduction = z
  .object({
    id: Id,
    itemCode: z.string(),
    points: z.number().int(),
    reason: z.string(),
    recordedAt: z.string(),
    raterRole: RaterRole.nullable(),
    weightPct: z.number().int(),
  })
  .openapi('RecordedDeduction')
export type RecordedDeduction = z.infer<typeof RecordedDeduction>

/**
 * `GET /api/assessments/officers/{officerId}/deductions?quarter=`: what a rater took off the
 * officer's quarter (what an exemption case may name).
 */
export const OfficerDeductions = z
  .object({ officerId: Id, quarter: ScoreQuarter, deductions: z.array(RecordedDeduction) })
  .openapi('OfficerDeductions')
export type OfficerDeductions = z.infer<typeof OfficerDeductions>

export const OfficerIdParam = z.object({ officerId: Id.openapi({ param: { name: 'officerId', in: 'path' } }) })

export const QuarterQuery = z.object({
  quarter: ScoreQuarter.optional().openapi({
    param: { name: 'quarter', in: 'query' },
    description: 'default: the current quarter',
  }),
})
