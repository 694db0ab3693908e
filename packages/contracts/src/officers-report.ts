import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { CalendarDate } from './officers-assignments'
import { WeekStatus, WeekTotals } from './officers-presence'
import { TaskItem, TaskProgress } from './officers-tasks'

/** Disputes the officer was responsible for, from the disputes worker; null figures when it did not answer. */
export const ReportDisputes = z
  .object({
    available: z.boolean(),
    /** Settled in the period. */
    settled: z.number().int().nullable(),
    /** Open now and past their deadline. */
    overdue: z.number().int().nullable(),
    /** Open now. */
    open: z.number().int().nullable(),
  })
  .openapi('ReportDisputes')
export type ReportDisputes = z.infer<typeof ReportDisputes>

/** The weekly progress report of one officer (周报): tasks, hours, disputes. */
export const WeeklyReport = z
  .object({
    officerId: Id,
    name: Label,
    stationId: Id,
    teamId: Id.nullable(),
    dedicated: z.boolean(),
    weekStart: z.string(),
    weekEnd: z.string(),
    hours: z.object({ status: WeekStatus, totals: WeekTotals }),
    /** Items due in the week (daily and weekly ones, and longer ones falling due in it). */
    tasks: TaskProgress.extend({ items: z.array(TaskItem) }),
    disputes: ReportDisputes,
  })
  .openapi('WeeklyReport')
export type WeeklyReport = z.infer<typeof WeeklyReport>

/** `GET /api/officers/me/report?week=…` (the own) — `week` any date of the week, today when left out. */
export const MyReportQuery = z.object({
  week: CalendarDate.optional().openapi({ param: { name: 'week', in: 'query' } }),
})

/** `GET /api/officers/reports/weekly?week=…&team=…&officer=…`: every officer in the reader's scope. */
export const WeeklyReportsQuery = MyReportQuery.extend({
  team: Id.optional().openapi({ param: { name: 'team', in: 'query' } }),
  officer: Id.optional().openapi({ param: { name: 'officer', in: 'query' } }),
})
export const WeeklyReports = z
  .object({ weekStart: z.string(), weekEnd: z.string(), reports: z.array(WeeklyReport) })
  .openapi('WeeklyReports')
export type WeeklyReports = z.infer<typeof WeeklyReports>

export const SheetPeriod = z.enum(['week', 'month'])
export type SheetPeriod = z.infer<typeof SheetPeriod>

/** `GET /api/officers/reports/team-sheet?period=week|month&date=…&team=…` (警务队推进表). */
export const TeamSheetQuery = z.object({
  period: SheetPeriod.default('week').openapi({ param: { name: 'period', in: 'query' } }),
  date: CalendarDate.optional().openapi({ param: { name: 'date', in: 'query' } }),
  team: Id.optional().openapi({ param: { name: 'team', in: 'query' } }),
})

const SheetFigures = {
  communityHours: z.number(),
  /** The weekly target over the period (36 h a week; a month counts its days ÷ 7 weeks). */
  targetHours: z.number(),
  awayHours: z.number(),
  /** Community ÷ (community + away); null with nothing recorded. */
  share: z.number().nullable(),
  tasksDue: z.number().int(),
  tasksDone: z.number().int(),
  tasksOverdue: z.number().int(),
  /** Done ÷ due; null with nothing due. */
  completion: z.number().nullable(),
  refusedAttempts: z.number().int(),
  disputes: ReportDisputes,
}

export const SheetRow = z
  .object({ officerId: Id, name: Label, dedicated: z.boolean(), ...SheetFigures })
  .openapi('SheetRow')
export type SheetRow = z.infer<typeof SheetRow>

export const SheetTeam = z
  .object({
    teamId: Id,
    stationId: Id,
    name: Label,
    officers: z.array(SheetRow),
    /** The team's sums (share and completion over the sums). */
    totals: z.object(SheetFigures),
  })
  .openapi('SheetTeam')
export type SheetTeam = z.infer<typeof SheetTeam>

export const TeamSheet = z
  .object({ period: SheetPeriod, from: z.string(), to: z.string(), teams: z.array(SheetTeam) })
  .openapi('TeamSheet')
export type TeamSheet = z.infer<typeof TeamSheet>
