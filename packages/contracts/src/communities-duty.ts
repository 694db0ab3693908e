import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { IncidentType } from './communities-figures'
import { Day, Month } from './communities-registration'

// Editing the joint defence (shops and their groups), the duty reports of the shops on duty, and
// the problems a report raises, which can be handed to the grid's officer as a task or to the
// disputes side as a lead.

const Text = z.string().trim().min(1).max(120)
const LabelInput = z.object({ zh: Text, en: Text })
const Weekdays = z.array(z.number().int().min(1).max(7)).max(6)

export const DefenceGroupInput = z
  .object({ stationId: Id.optional(), communityId: Id, name: LabelInput, street: LabelInput, rotaStart: Day })
  .openapi('DefenceGroupInput')
export type DefenceGroupInput = z.infer<typeof DefenceGroupInput>

export const DefenceGroupUpdate = z
  .object({ name: LabelInput.optional(), street: LabelInput.optional(), communityId: Id.optional() })
  .openapi('DefenceGroupUpdate')

export const DefenceGroupRecord = z
  .object({ id: Id, stationId: Id, communityId: Id.nullable(), name: Label, street: Label, rotaStart: Day })
  .openapi('DefenceGroupRecord')
export type DefenceGroupRecord = z.infer<typeof DefenceGroupRecord>

export const ShopInput = z
  .object({
    name: LabelInput,
    position: z.number().int().nonnegative().max(10_000),
    /** ISO weekdays closed (never all seven: a shop always closed cannot serve). */
    closedWeekdays: Weekdays.default([]),
    staff: z.number().int().min(1).max(50).default(1),
  })
  .openapi('ShopInput')
export type ShopInput = z.infer<typeof ShopInput>

export const ShopUpdate = z
  .object({
    name: LabelInput.optional(),
    position: z.number().int().nonnegative().max(10_000).optional(),
    closedWeekdays: Weekdays.optional(),
    staff: z.number().int().min(1).max(50).optional(),
    /** Move the shop to another group of the same station. */
    groupId: Id.optional(),
    /** true: the shop closed down (off the rota from today; its reports stay on file); false: open again. */
    closed: z.boolean().optional(),
  })
  .openapi('ShopUpdate')
export type ShopUpdate = z.infer<typeof ShopUpdate>

export const ShopRecord = z
  .object({
    id: Id,
    groupId: Id,
    name: Label,
    position: z.number().int(),
    closedWeekdays: z.array(z.number().int()),
    staff: z.number().int(),
    /** The day the shop closed down (null while open): a closed shop is off the rota. */
    closedOn: Day.nullable(),
  })
  .openapi('ShopRecord')
export type ShopRecord = z.infer<typeof ShopRecord>

export const ShopIdParam = z.object({ shopId: Id.openapi({ param: { name: 'shopId', in: 'path' } }) })
export const ProblemIdParam = z.object({ problemId: Id.openapi({ param: { name: 'problemId', in: 'path' } }) })

export const ProblemKind = z.enum(['safety_hazard', 'dispute', 'suspicious', 'other'])

export const DutyReportInput = z
  .object({
    date: Day,
    /** The shops that served; each must belong to the group. */
    shopIds: z.array(Id).min(1).max(4),
    patrolDone: z.boolean(),
    problems: z.array(z.object({ kind: ProblemKind, description: z.string().trim().min(1).max(500) })).max(10),
  })
  .openapi('DutyReportInput')
export type DutyReportInput = z.infer<typeof DutyReportInput>

/** Where a problem went: nowhere yet, a task for the grid's officer, or a dispute lead. */
export const Escalation = z.enum(['none', 'task', 'dispute_lead'])
/**
 * The hand-over on this side: requested (the other side has not taken it yet: see
 * `handoverFailure`, and send it again), sent (the task or lead exists there), closed.
 */
export const EscalationStatus = z.enum(['none', 'requested', 'sent', 'closed'])
/**
 * Why a requested hand-over is not sent yet: the other worker failed or did not answer in time,
 * the grid has no responsible officer (task), or the group has no community (lead).
 */
export const HandoverFailure = z.enum(['failed', 'timeout', 'no_officer', 'no_community'])

export const DutyProblem = z
  .object({
    id: Id,
    reportId: Id,
    kind: ProblemKind,
    description: z.string(),
    escalation: Escalation,
    status: EscalationStatus,
    /** The grid's responsible officer the task is for (task only; null when the grid has none). */
    officerId: Id.nullable(),
    gridId: Id.nullable(),
    /** The task in the officer's list, once sent (task only). */
    taskId: Id.nullable(),
    /** The lead on the disputes ledger, once sent (dispute lead only). */
    disputeId: Id.nullable(),
    disputeReference: z.string().nullable(),
    handoverFailure: HandoverFailure.nullable(),
  })
  .openapi('DutyProblem')
export type DutyProblem = z.infer<typeof DutyProblem>

export const DutyReport = z
  .object({
    id: Id,
    groupId: Id,
    date: Day,
    shopIds: z.array(Id),
    patrolDone: z.boolean(),
    problems: z.array(DutyProblem),
  })
  .openapi('DutyReport')
export type DutyReport = z.infer<typeof DutyReport>

export const DutyReportsQuery = z.object({
  from: Day.optional().openapi({ param: { name: 'from', in: 'query' } }),
  to: Day.optional().openapi({ param: { name: 'to', in: 'query' } }),
})
export const DutyReportList = z.object({ groupId: Id, reports: z.array(DutyReport) }).openapi('DutyReportList')
export type DutyReportList = z.infer<typeof DutyReportList>

export const EscalateInput = z.object({ to: z.enum(['task', 'dispute_lead']) }).openapi('EscalateInput')

// Safety indicators: incidents per community, month and type.

export const IncidentInput = z
  .object({ month: Month, type: IncidentType, count: z.number().int().nonnegative().max(100_000) })
  .openapi('IncidentInput')
export type IncidentInput = z.infer<typeof IncidentInput>

export const IncidentCountUpdate = z
  .object({ count: z.number().int().nonnegative().max(100_000) })
  .openapi('IncidentCountUpdate')

export const IncidentRecord = z
  .object({ communityId: Id, month: Month, type: IncidentType, count: z.number().int().nonnegative() })
  .openapi('IncidentRecord')
export type IncidentRecord = z.infer<typeof IncidentRecord>

export const IncidentParam = z.object({
  communityId: Id.openapi({ param: { name: 'communityId', in: 'path' } }),
  month: Month.openapi({ param: { name: 'month', in: 'path' } }),
  type: IncidentType.openapi({ param: { name: 'type', in: 'path' } }),
})
