import { z } from '@hono/zod-openapi'
import { Id } from './common'

/**
 * What an officer may be assigned to. `patrol_car` is 01/02 car duty; `level1_reinforced_duty`
 * (一级加强勤务) is the one routine duty a dedicated officer may be given; `community_task` is the
 * officer's own work in the community (never "away").
 */
export const AssignmentKind = z.enum([
  'patrol_car',
  'routine_duty',
  'level1_reinforced_duty',
  'case_handling',
  'station_security_check',
  'community_task',
])
export type AssignmentKind = z.infer<typeof AssignmentKind>

/** Case levels, mildest first: from administrative detention up, no case for a dedicated officer. */
export const CaseLevel = z.enum(['warning', 'fine', 'administrative_detention', 'criminal'])
export type CaseLevel = z.infer<typeof CaseLevel>

/** A date and time with its offset, e.g. `2026-11-30T09:00:00+08:00`. */
export const Instant = z.iso.datetime({ offset: true }).openapi({ example: '2026-11-30T09:00:00+08:00' })
/** A calendar date in the branch's time zone (Asia/Shanghai). */
export const CalendarDate = z.iso.date().openapi({ example: '2026-11-30' })

const MAX_TEXT = 500

/** `POST /api/officers/assignments`. */
export const AssignmentRequest = z
  .object({
    officerId: Id,
    kind: AssignmentKind,
    start: Instant,
    end: Instant,
    reason: z.string().trim().min(1).max(MAX_TEXT).optional(),
    exceptionId: Id.optional(),
    caseLevel: CaseLevel.optional(),
    caseQuota: z.number().int().min(0).max(1000).optional(),
  })
  // Only when both times parse: a malformed one is already named by its own field.
  .refine((body) => !(Date.parse(body.start) >= Date.parse(body.end)), {
    path: ['end'],
    message: 'must be after start',
  })
  .openapi('AssignmentRequest')
export type AssignmentRequest = z.infer<typeof AssignmentRequest>

export const Assignment = z
  .object({
    id: Id,
    officerId: Id,
    stationId: Id,
    kind: AssignmentKind,
    start: z.string(),
    end: z.string(),
    reason: z.string().nullable(),
    exceptionId: Id.nullable(),
    caseLevel: CaseLevel.nullable(),
    caseQuota: z.number().int().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi('Assignment')
export type Assignment = z.infer<typeof Assignment>

/** A refused attempt, kept for the record: who tried, when, what, and the rule that said no. */
export const RefusedAssignment = z
  .object({
    id: Id,
    officerId: Id,
    stationId: Id,
    kind: AssignmentKind,
    start: z.string(),
    end: z.string(),
    rule: z.string(),
    attemptedBy: z.string(),
    attemptedAt: z.string(),
  })
  .openapi('RefusedAssignment')
export type RefusedAssignment = z.infer<typeof RefusedAssignment>

export const AssignmentListQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
})
export const AssignmentList = z
  .object({ assignments: z.array(Assignment), refused: z.array(RefusedAssignment) })
  .openapi('AssignmentList')
export type AssignmentList = z.infer<typeof AssignmentList>

/** Duty exception states; `expired` is an approved one past its expiry date (computed, never stored). */
export const DutyExceptionStatus = z.enum(['requested', 'approved', 'rejected', 'expired'])
export type DutyExceptionStatus = z.infer<typeof DutyExceptionStatus>

/** `POST /api/officers/duty-exceptions`: the station head asks the branch to allow routine duty. */
export const DutyExceptionRequest = z
  .object({
    officerId: Id,
    reason: z.string().trim().min(1).max(MAX_TEXT),
    startDate: CalendarDate,
    endDate: CalendarDate,
    expiresOn: CalendarDate,
  })
  .refine((body) => body.endDate >= body.startDate, { path: ['endDate'], message: 'must not be before startDate' })
  .refine((body) => body.expiresOn >= body.endDate, { path: ['expiresOn'], message: 'must not be before endDate' })
  .openapi('DutyExceptionRequest')
export type DutyExceptionRequest = z.infer<typeof DutyExceptionRequest>

export const DutyException = z
  .object({
    id: Id,
    officerId: Id,
    stationId: Id,
    reason: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    expiresOn: z.string(),
    status: DutyExceptionStatus,
    /** The station heads who signed the request (two where the station asks for both). */
    requestedBy: z.array(z.string()),
    headsRequired: z.number().int(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('DutyException')
export type DutyException = z.infer<typeof DutyException>

export const DutyExceptionDecision = z
  .object({ decision: z.enum(['approve', 'reject']), note: z.string().trim().max(MAX_TEXT).optional() })
  .openapi('DutyExceptionDecision')
export type DutyExceptionDecision = z.infer<typeof DutyExceptionDecision>

export const DutyExceptionListQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
  status: DutyExceptionStatus.optional().openapi({ param: { name: 'status', in: 'query' } }),
})
export const DutyExceptionList = z.object({ exceptions: z.array(DutyException) }).openapi('DutyExceptionList')
export type DutyExceptionList = z.infer<typeof DutyExceptionList>
