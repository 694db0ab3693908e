import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { OutreachFigures } from './communities-outreach'
import { Month } from './communities-registration'

/** `district`, or `station:<id>` for one station. */
export const FiguresScope = z
  .string()
  .regex(/^(district|station:[0-9A-HJKMNP-TV-Z]{26})$/, 'must be district or station:<id>')
  .openapi({ example: 'district' })

export const FiguresQuery = z.object({
  scope: FiguresScope.optional().openapi({ param: { name: 'scope', in: 'query' } }),
  period: Month.optional().openapi({ param: { name: 'period', in: 'query' } }),
})

const Rate = z.number().min(0).max(1).nullable()

export const TrendPoint = z
  .object({
    month: Month,
    floatingRate: Rate,
    rentalRate: Rate,
    illegalRentalPenalties: z.number().int().nonnegative(),
    /** Community hours per dedicated officer and week in the month (officers worker); null when unknown or unavailable. */
    weeklyHoursPerDedicatedOfficer: z.number().nonnegative().nullable(),
    /** Satisfied ÷ answers in the month (assessments worker); null without answers or when unavailable. */
    satisfactionRate: Rate,
  })
  .openapi('TrendPoint')
export type TrendPoint = z.infer<typeof TrendPoint>

export const IncidentType = z.enum(['theft', 'telecom_fraud', 'burglary', 'other'])
export type IncidentType = z.infer<typeof IncidentType>

/** Incidents of one type in the period, against the month before and the same month a year before. */
export const IncidentChange = z
  .object({
    type: IncidentType,
    inPeriod: z.number().int().nonnegative(),
    previousMonth: z.number().int().nonnegative(),
    sameMonthLastYear: z.number().int().nonnegative(),
    /** (period − previous) / previous; null without incidents the month before. */
    monthOnMonth: z.number().nullable(),
    /** (period − a year before) / a year before; null without incidents then. */
    yearOnYear: z.number().nullable(),
  })
  .openapi('IncidentChange')
export type IncidentChange = z.infer<typeof IncidentChange>

/** A part of the figures another worker computes: absent (never a 500) when that worker fails or is late. */
const Unavailable = z.object({ available: z.literal(false), reason: z.enum(['failed', 'timeout']) })

/** Officers' time in the community over the period (officers worker, RPC `communityHours`). */
export const HoursFigures = z
  .discriminatedUnion('available', [
    z.object({
      available: z.literal(true),
      officers: z.number().int().nonnegative(),
      dedicatedOfficers: z.number().int().nonnegative(),
      communityHours: z.number().nonnegative(),
      awayHours: z.number().nonnegative(),
      /** Community hours per dedicated officer and week (the article: 6 h → 36 h); null without dedicated officers. */
      weeklyPerDedicatedOfficer: z.number().nonnegative().nullable(),
      /** The weekly target (configuration: 36 h). */
      weeklyTarget: z.number().positive(),
      /** community ÷ (community + away): the "90 % of working time in the community"; null without hours. */
      communityShare: z.number().min(0).max(1).nullable(),
    }),
    Unavailable,
  ])
  .openapi('HoursFigures')
export type HoursFigures = z.infer<typeof HoursFigures>

/** Satisfaction from surveys and visits over the period (assessments worker, RPC `satisfaction`). */
export const SatisfactionFigures = z
  .discriminatedUnion('available', [
    z.object({
      available: z.literal(true),
      responses: z.number().int().nonnegative(),
      satisfied: z.number().int().nonnegative(),
      rate: z.number().min(0).max(1).nullable(),
    }),
    Unavailable,
  ])
  .openapi('SatisfactionFigures')
export type SatisfactionFigures = z.infer<typeof SatisfactionFigures>

/**
 * The headline figures of domain.md for the district or one station, computed from the monthly
 * records (never typed in). Rates are null when nothing was known to register.
 */
export const Figures = z
  .object({
    scope: z.object({ level: z.enum(['district', 'station']), stationId: Id.nullable(), name: Label }),
    period: Month,
    communities: z.number().int().nonnegative(),
    /** Communities with a record for the period. */
    reporting: z.number().int().nonnegative(),
    registration: z.object({
      floatingKnown: z.number().int().nonnegative(),
      floatingRegistered: z.number().int().nonnegative(),
      floatingRate: Rate,
      rentalKnown: z.number().int().nonnegative(),
      rentalRegistered: z.number().int().nonnegative(),
      rentalRate: Rate,
      /** Communities at "double 100 %" in the period. */
      doubleHundred: z.number().int().nonnegative(),
      /** The target rate (configuration: 100 %). */
      target: z.number().min(0).max(1),
    }),
    penalties: z.object({
      inPeriod: z.number().int().nonnegative(),
      /** Average per month over the trend window. */
      monthlyAverage: z.number().nonnegative(),
      /** Last three months' average over the first three's in the trend window ("×3.1"); null without a base. */
      growth: z.number().nonnegative().nullable(),
    }),
    /** Safety indicators: one entry per incident type, in the order of IncidentType. */
    incidents: z.array(IncidentChange),
    /** The months up to the period, oldest first. */
    trend: z.array(TrendPoint),
    outreach: OutreachFigures,
    hours: HoursFigures,
    satisfaction: SatisfactionFigures,
  })
  .openapi('Figures')
export type Figures = z.infer<typeof Figures>
