import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { CalendarDate, Instant } from './officers-assignments'

/** What an officer does in the community (time that counts towards the 36 h). */
export const PresenceActivity = z.enum([
  'household_visit',
  'registration',
  'outreach',
  'dispute_work',
  'community_patrol',
  'meeting',
  'key_unit_check',
  'other',
])
export type PresenceActivity = z.infer<typeof PresenceActivity>

/** `POST /api/officers/me/presence`: one stretch of time in the community. */
export const PresenceEntryRequest = z
  .object({
    start: Instant,
    end: Instant,
    gridId: Id,
    activity: PresenceActivity,
    note: z.string().trim().max(500).optional(),
  })
  .openapi('PresenceEntryRequest')
export type PresenceEntryRequest = z.infer<typeof PresenceEntryRequest>

export const PresenceEntry = z
  .object({
    id: Id,
    officerId: Id,
    gridId: Id,
    activity: PresenceActivity,
    start: z.string(),
    end: z.string(),
    minutes: z.number().int(),
    /** Monday (Asia/Shanghai) of the week the entry counts in: the week of its start. */
    weekStart: z.string(),
    note: z.string().nullable(),
  })
  .openapi('PresenceEntry')
export type PresenceEntry = z.infer<typeof PresenceEntry>

/** A week's state: open for entries, submitted by the officer, approved (locked) by the team leader. */
export const WeekStatus = z.enum(['open', 'submitted', 'approved'])
export type WeekStatus = z.infer<typeof WeekStatus>

/** Weekly totals against the targets (36 h; ≥ 90 % share, or the station's own share). */
export const WeekTotals = z
  .object({
    minutes: z.number().int(),
    hours: z.number(),
    targetHours: z.number(),
    /** Hours of assignments away from the community in the week. */
    awayHours: z.number(),
    /** Time in the community over recorded working time (community + away); null with nothing recorded. */
    share: z.number().nullable(),
    shareTarget: z.number(),
    metHours: z.boolean(),
    metShare: z.boolean(),
    /** Of the away hours, those assigned under an approved duty exception. */
    exceptionHours: z.number(),
    /**
     * A target was missed, but would have been met without the hours taken by approved duty
     * exceptions: the shortfall is explained (item 5).
     */
    shortfallExplained: z.boolean(),
  })
  .openapi('WeekTotals')
export type WeekTotals = z.infer<typeof WeekTotals>

/** An approved duty exception whose dates touch the week, with the hours assigned under it in the week. */
export const WeekException = z
  .object({
    id: Id,
    reason: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    expiresOn: z.string(),
    hours: z.number(),
  })
  .openapi('WeekException')
export type WeekException = z.infer<typeof WeekException>

export const PresenceWeek = z
  .object({
    officerId: Id,
    weekStart: z.string(),
    weekEnd: z.string(),
    status: WeekStatus,
    entries: z.array(PresenceEntry),
    totals: WeekTotals,
    /** Approved duty exceptions touching the week: they explain a shortfall (see totals). */
    exceptions: z.array(WeekException),
    /** The grids the officer may log time in (the team's grids and the own). */
    gridIds: z.array(Id),
    submittedAt: z.string().nullable(),
    approvedBy: z.string().nullable(),
    approvedAt: z.string().nullable(),
  })
  .openapi('PresenceWeek')
export type PresenceWeek = z.infer<typeof PresenceWeek>

/** Any date of the week asked for; today (Asia/Shanghai) when left out. */
export const WeekQuery = z.object({ week: CalendarDate.optional().openapi({ param: { name: 'week', in: 'query' } }) })

export const SubmitWeekRequest = z.object({ week: CalendarDate }).openapi('SubmitWeekRequest')
export type SubmitWeekRequest = z.infer<typeof SubmitWeekRequest>

export const ApproveWeekRequest = z.object({ officerId: Id, week: CalendarDate }).openapi('ApproveWeekRequest')
export type ApproveWeekRequest = z.infer<typeof ApproveWeekRequest>

export const TeamWeeksQuery = WeekQuery.extend({
  team: Id.optional().openapi({ param: { name: 'team', in: 'query' } }),
})

export const TeamWeekRow = z
  .object({
    officerId: Id,
    name: Label,
    dedicated: z.boolean(),
    teamId: Id.nullable(),
    status: WeekStatus,
    entries: z.number().int(),
    totals: WeekTotals,
  })
  .openapi('TeamWeekRow')
export type TeamWeekRow = z.infer<typeof TeamWeekRow>

/** `GET /api/officers/presence/weeks`: every officer in the reader's scope, one week. */
export const TeamWeeks = z
  .object({ weekStart: z.string(), weekEnd: z.string(), officers: z.array(TeamWeekRow) })
  .openapi('TeamWeeks')
export type TeamWeeks = z.infer<typeof TeamWeeks>
