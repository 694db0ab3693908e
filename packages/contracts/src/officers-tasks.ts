import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { CalendarDate } from './officers-assignments'

const MAX_TEXT = 500

/** Regular tasks come back every period; special ones are set for a campaign or a season. */
export const TaskKind = z.enum(['regular', 'special'])
export type TaskKind = z.infer<typeof TaskKind>

/** How often a task list comes back. Half-monthly: the 1st–15th and the 16th–end of each month. */
export const TaskCadence = z.enum(['daily', 'weekly', 'half_monthly', 'monthly', 'quarterly', 'annual'])
export type TaskCadence = z.infer<typeof TaskCadence>

/**
 * What completes a task: a count reaching the standard ("visit 30 households"), a written note
 * (a summary, a report), or every item of a checklist ticked (and the count reached).
 */
export const TaskEvidence = z.enum(['count', 'note', 'checklist'])
export type TaskEvidence = z.infer<typeof TaskEvidence>

/** The views of `GET /me/tasks`: day → daily lists, week → weekly, month → half-monthly and monthly, … */
export const TaskView = z.enum(['day', 'week', 'month', 'quarter', 'year'])
export type TaskView = z.infer<typeof TaskView>

/** Who a checklist is about: the officer's own knowledge of the grid, or one key unit (school, hospital…). */
export const ChecklistSubject = z.enum(['officer', 'key_unit'])
export type ChecklistSubject = z.infer<typeof ChecklistSubject>

export const ChecklistItem = z.object({ position: z.number().int(), text: Label }).openapi('ChecklistItem')
export type ChecklistItem = z.infer<typeof ChecklistItem>

/** "Four knows, six familiarities" (四知六熟悉), the "six musts" (六必须), key units' "three fives" (三个五). */
export const Checklist = z
  .object({
    id: Id,
    /** Null: a branch-wide checklist every station uses. */
    stationId: Id.nullable(),
    code: z.string(),
    title: Label,
    subject: ChecklistSubject,
    items: z.array(ChecklistItem),
  })
  .openapi('Checklist')
export type Checklist = z.infer<typeof Checklist>

export const TaskTemplate = z
  .object({
    id: Id,
    /** Null: a branch-wide template every station's officers get. */
    stationId: Id.nullable(),
    kind: TaskKind,
    cadence: TaskCadence,
    title: Label,
    /** The quantified standard: `target` `unit`, e.g. 30 households. 1 for a one-off task. */
    target: z.number().int(),
    unit: Label,
    evidence: TaskEvidence,
    checklistId: Id.nullable(),
    /** Only dedicated officers get it (most templates); false: every officer of the station. */
    dedicatedOnly: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
    /** First day of the periods this version makes items for (null: from the start). */
    validFrom: z.string().nullable(),
    /** The version this one replaced when its template was edited (null: the first version). */
    replacesId: Id.nullable(),
  })
  .openapi('TaskTemplate')
export type TaskTemplate = z.infer<typeof TaskTemplate>

/** What a template says, on creation and on each edit (the station stays the template's). */
const templateFields = {
  kind: TaskKind,
  cadence: TaskCadence,
  title: z.object({ zh: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) }),
  /** The quantified standard, 1–10,000 (1 for a one-off task or a note). */
  target: z.number().int().min(1).max(10_000),
  unit: z.object({ zh: z.string().trim().min(1).max(50), en: z.string().trim().min(1).max(50) }),
  evidence: TaskEvidence,
  checklistId: Id.optional(),
  dedicatedOnly: z.boolean().default(true),
}
const checklistGoesWithEvidence: [
  (body: { evidence: TaskEvidence; checklistId?: string }) => boolean,
  { path: string[]; message: string },
] = [
  (body) => (body.evidence === 'checklist') === (body.checklistId !== undefined),
  { path: ['checklistId'], message: 'a checklist id goes with checklist evidence, and only with it' },
]

/** `POST /api/officers/task-templates`. Station heads make their station's; the branch any station's or branch-wide. */
export const TaskTemplateRequest = z
  .object({
    /** Left out: the station head's own station; the branch leaves it out for a branch-wide template. */
    stationId: Id.optional(),
    ...templateFields,
  })
  .refine(...checklistGoesWithEvidence)
  .openapi('TaskTemplateRequest')
export type TaskTemplateRequest = z.input<typeof TaskTemplateRequest>

/**
 * `PUT /api/officers/task-templates/{id}`: the whole template as it should read. Lists already made
 * keep what they were; with lists, a new version starts with the next period.
 */
export const TaskTemplateEdit = z
  .object(templateFields)
  .refine(...checklistGoesWithEvidence)
  .openapi('TaskTemplateEdit')
export type TaskTemplateEdit = z.input<typeof TaskTemplateEdit>

export const TaskTemplateListQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
})
export const TaskTemplateList = z
  .object({ templates: z.array(TaskTemplate), checklists: z.array(Checklist) })
  .openapi('TaskTemplateList')
export type TaskTemplateList = z.infer<typeof TaskTemplateList>

/** Open until the evidence completes it; `overdue` is computed (open past its due date). */
export const TaskItemStatus = z.enum(['open', 'done'])
export type TaskItemStatus = z.infer<typeof TaskItemStatus>

/** One task of an officer's list for one period (generated from a template, once per period). */
export const TaskItem = z
  .object({
    id: Id,
    officerId: Id,
    templateId: Id,
    kind: TaskKind,
    cadence: TaskCadence,
    title: Label,
    unit: Label,
    evidence: TaskEvidence,
    /** The period the item belongs to (both ends included, Beijing dates); due on `periodEnd`. */
    periodStart: z.string(),
    periodEnd: z.string(),
    dueDate: z.string(),
    target: z.number().int(),
    done: z.number().int(),
    note: z.string().nullable(),
    /** Positions of the checklist items ticked (checklist evidence only). */
    checked: z.array(z.number().int()),
    checklist: Checklist.nullable(),
    status: TaskItemStatus,
    /** Open and past its due date (in Asia/Shanghai). */
    overdue: z.boolean(),
    completedAt: z.string().nullable(),
  })
  .openapi('TaskItem')
export type TaskItem = z.infer<typeof TaskItem>

export const MeetingKind = z.enum(['monthly_summary', 'monthly_progress', 'quarterly_summary'])
export type MeetingKind = z.infer<typeof MeetingKind>

/** A meeting of the station's calendar (configurable per station; dates in Asia/Shanghai). */
export const Meeting = z
  .object({
    kind: MeetingKind,
    date: z.string(),
    /** Date and time with the +08:00 offset. */
    startsAt: z.string(),
    stationId: Id,
  })
  .openapi('Meeting')
export type Meeting = z.infer<typeof Meeting>

export const TaskProgress = z
  .object({ due: z.number().int(), done: z.number().int(), overdue: z.number().int() })
  .openapi('TaskProgress')
export type TaskProgress = z.infer<typeof TaskProgress>

/** `GET /api/officers/me/tasks?period=…&date=…`: the date defaults to today (Asia/Shanghai), the period to day. */
export const MyTasksQuery = z.object({
  period: TaskView.default('day').openapi({ param: { name: 'period', in: 'query' } }),
  date: CalendarDate.optional().openapi({ param: { name: 'date', in: 'query' } }),
})

export const TaskList = z
  .object({
    officerId: Id,
    period: TaskView,
    /** The view's window (a day, Monday–Sunday, a month, a quarter, a year). */
    from: z.string(),
    to: z.string(),
    items: z.array(TaskItem),
    meetings: z.array(Meeting),
    progress: TaskProgress,
  })
  .openapi('TaskList')
export type TaskList = z.infer<typeof TaskList>

/**
 * `POST /api/officers/me/tasks/{id}/progress`: the totals so far (not increments, so sending it
 * twice changes nothing). Fields left out keep their value.
 */
export const TaskProgressRequest = z
  .object({
    done: z.number().int().min(0).max(100_000).optional(),
    note: z.string().trim().max(MAX_TEXT).optional(),
    checked: z.array(z.number().int().min(0).max(1000)).max(100).optional(),
  })
  .openapi('TaskProgressRequest')
export type TaskProgressRequest = z.infer<typeof TaskProgressRequest>

/** An open dispute the officer holds (from the disputes worker, no personal data). */
export const ReminderDispute = z
  .object({
    id: z.string(),
    reference: z.string(),
    category: z.string(),
    state: z.string(),
    dueAt: z.string().nullable(),
    overdue: z.boolean(),
    paused: z.boolean(),
  })
  .openapi('ReminderDispute')
export type ReminderDispute = z.infer<typeof ReminderDispute>

export const DailyReminderQuery = z.object({
  date: CalendarDate.optional().openapi({ param: { name: 'date', in: 'query' } }),
})

/** `GET /api/officers/me/today`: the daily reminder. */
export const DailyReminder = z
  .object({
    officerId: Id,
    date: z.string(),
    /** Items due on the date (done ones included, with their state). */
    due: z.array(TaskItem),
    /** Open items past their due date. */
    overdue: z.array(TaskItem),
    /** Open items due in the next 7 days. */
    upcoming: z.array(TaskItem),
    meetings: z.array(Meeting),
    disputes: z.object({
      /** False when the disputes worker did not answer: `items` is then empty, not "none". */
      available: z.boolean(),
      items: z.array(ReminderDispute),
    }),
  })
  .openapi('DailyReminder')
export type DailyReminder = z.infer<typeof DailyReminder>

export const MeetingsQuery = z.object({
  from: CalendarDate.optional().openapi({ param: { name: 'from', in: 'query' } }),
  to: CalendarDate.optional().openapi({ param: { name: 'to', in: 'query' } }),
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
})
export const MeetingList = z
  .object({ from: z.string(), to: z.string(), meetings: z.array(Meeting) })
  .openapi('MeetingList')
export type MeetingList = z.infer<typeof MeetingList>
