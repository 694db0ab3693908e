import type { ReportDisputes, WeeklyReport, WeekStatus } from '@platform/contracts'
import { and, eq, gte, inArray, lte } from 'drizzle-orm'
import { stationRules } from '../config'
import type { Db } from '../db'
import { presenceWeek, stationConfig, taskItem } from '../db/schema'
import { loadPeople, loadWorkMinutes, type OfficerFilter } from '../figures/work-minutes'
import { disputeResults } from '../peers'
import { NO_MINUTES } from '../rules/ledger'
import { weekEndOf } from '../rules/shanghai-time'
import { weekTotals } from '../rules/week-totals'
import { progressOf, selectItems, toTaskItems } from '../tasks/task-lists'

// D1 binds at most 100 parameters a statement.
const IDS_PER_QUERY = 90

const chunk = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** An officer's dispute figures from the peer's answer; unavailable when the peer did not answer. */
export function disputesOfficer(
  results: Map<string, { settled: number; overdue: number; open: number }> | null,
  id: string,
): ReportDisputes {
  if (results === null) return { available: false, settled: null, overdue: null, open: null }
  const row = results.get(id)
  return { available: true, settled: row?.settled ?? 0, overdue: row?.overdue ?? 0, open: row?.open ?? 0 }
}

/**
 * The weekly progress report (周报) of every officer a filter selects: the week's time in the
 * community against the targets (exceptions explaining a shortfall), the list items falling due
 * in the week, and the disputes the officer answers for.
 */
export async function buildWeeklyReports(
  db: Db,
  env: Pick<Env, 'DISPUTES'>,
  filter: OfficerFilter,
  weekStart: string,
  today: string,
): Promise<WeeklyReport[]> {
  const weekEnd = weekEndOf(weekStart)
  const [people, minutes, configs, disputes] = await Promise.all([
    loadPeople(db, filter),
    loadWorkMinutes(db, filter, weekStart, weekEnd),
    db.select().from(stationConfig),
    disputeResults(env, { from: weekStart, to: weekEnd, ...(filter.stationId ? { stationId: filter.stationId } : {}) }),
  ])
  if (people.length === 0) return []
  const ids = people.map((p) => p.id)
  const weeks = new Map<string, WeekStatus>()
  const rows: Awaited<ReturnType<typeof selectItems>> = []
  for (const part of chunk(ids, IDS_PER_QUERY)) {
    const [statuses, items] = await Promise.all([
      db
        .select({ officerId: presenceWeek.officerId, status: presenceWeek.status })
        .from(presenceWeek)
        .where(and(inArray(presenceWeek.officerId, part), eq(presenceWeek.weekStart, weekStart))),
      selectItems(
        db,
        and(inArray(taskItem.officerId, part), gte(taskItem.periodEnd, weekStart), lte(taskItem.periodEnd, weekEnd)),
      ),
    ])
    for (const s of statuses) weeks.set(s.officerId, s.status)
    rows.push(...items)
  }
  const items = await toTaskItems(db, rows, today)
  const rulesOf = new Map(configs.map((row) => [row.stationId, stationRules(row)]))
  return people.map((p) => {
    const m = minutes.get(p.id) ?? NO_MINUTES
    const own = items.filter((i) => i.officerId === p.id)
    return {
      officerId: p.id,
      name: { zh: p.nameZh, en: p.nameEn },
      stationId: p.stationId,
      teamId: p.teamId,
      dedicated: p.dedicated,
      weekStart,
      weekEnd,
      hours: {
        status: weeks.get(p.id) ?? 'open',
        totals: weekTotals(
          m.communityMinutes,
          m.awayMinutes,
          rulesOf.get(p.stationId) ?? stationRules(undefined),
          m.exceptionMinutes,
        ),
      },
      tasks: { ...progressOf(own), items: own },
      disputes: disputesOfficer(disputes, p.id),
    }
  })
}
