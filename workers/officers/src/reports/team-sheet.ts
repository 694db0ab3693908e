import type { SheetPeriod, SheetRow, SheetTeam, TeamSheet } from '@platform/contracts'
import { and, count, gte, inArray, lte, sql } from 'drizzle-orm'
import { stationRules } from '../config'
import type { Db } from '../db'
import { stationConfig, taskItem } from '../db/schema'
import { periodTarget } from '../figures/rpc-figures'
import { loadPeople, loadWorkMinutes, type OfficerFilter, teamsOf } from '../figures/work-minutes'
import { disputeResults } from '../peers'
import { NO_MINUTES } from '../rules/ledger'
import { periodOf } from '../rules/task-periods'
import { disputesOfficer } from './weekly'

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))
const ratio = (part: number, whole: number) => (whole > 0 ? round(part / whole, 4) : null)

type Figures = Omit<SheetRow, 'officerId' | 'name' | 'dedicated'>

/** Sums of a team's rows; the share and completion are taken over the sums, not averaged. */
function totalsOf(rows: readonly Figures[]): Figures {
  const sum = (pick: (r: Figures) => number) =>
    round(
      rows.reduce((t, r) => t + pick(r), 0),
      2,
    )
  const community = sum((r) => r.communityHours)
  const away = sum((r) => r.awayHours)
  const due = sum((r) => r.tasksDue)
  const done = sum((r) => r.tasksDone)
  const available = rows.every((r) => r.disputes.available)
  const disputeSum = (pick: (r: Figures) => number | null) =>
    available ? rows.reduce((t, r) => t + (pick(r) ?? 0), 0) : null
  return {
    communityHours: community,
    targetHours: sum((r) => r.targetHours),
    awayHours: away,
    share: ratio(community, community + away),
    tasksDue: due,
    tasksDone: done,
    tasksOverdue: sum((r) => r.tasksOverdue),
    completion: ratio(done, due),
    refusedAttempts: sum((r) => r.refusedAttempts),
    disputes: {
      available,
      settled: disputeSum((r) => r.disputes.settled),
      overdue: disputeSum((r) => r.disputes.overdue),
      open: disputeSum((r) => r.disputes.open),
    },
  }
}

/**
 * The team progress sheet (警务队推进表) of a week (weekly push) or a month (monthly summary):
 * per officer of each team in the filter, time in the community against the period's target,
 * time away, the list items due, done and overdue, refused attempts, and disputes.
 */
export async function buildTeamSheet(
  db: Db,
  env: Pick<Env, 'DISPUTES'>,
  filter: OfficerFilter,
  period: SheetPeriod,
  date: string,
  today: string,
): Promise<TeamSheet> {
  const { start: from, end: to } = periodOf(period === 'week' ? 'weekly' : 'monthly', date)
  const [people, minutes, configs, disputes] = await Promise.all([
    loadPeople(db, filter),
    loadWorkMinutes(db, filter, from, to),
    db.select().from(stationConfig),
    disputeResults(env, { from, to, ...(filter.stationId ? { stationId: filter.stationId } : {}) }),
  ])
  // Officers without a team (a non-dedicated B role, say) are on no team's sheet.
  const inTeams = people.filter((p) => p.teamId !== null)
  const teamIds = [...new Set(inTeams.map((p) => p.teamId as string))]
  if (teamIds.length === 0) return { period, from, to, teams: [] }
  const taskCounts = (ids: string[]) =>
    db
      .select({
        officerId: taskItem.officerId,
        due: count(),
        done: sql<number>`sum(case when ${taskItem.status} = 'done' then 1 else 0 end)`,
        overdue: sql<number>`sum(case when ${taskItem.status} = 'open' and ${taskItem.periodEnd} < ${today} then 1 else 0 end)`,
      })
      .from(taskItem)
      .where(and(inArray(taskItem.officerId, ids), gte(taskItem.periodEnd, from), lte(taskItem.periodEnd, to)))
      .groupBy(taskItem.officerId)
  // D1 binds at most 100 parameters a statement: the officers are asked for in parts.
  const ids = inTeams.map((p) => p.id)
  const parts = Array.from({ length: Math.ceil(ids.length / 90) }, (_, i) => ids.slice(i * 90, (i + 1) * 90))
  const [teams, ...counted] = await Promise.all([
    teamsOf(db, filter).then((rows) => rows.filter((t) => teamIds.includes(t.id))),
    ...parts.map(taskCounts),
  ])
  const tasks = counted.flat()
  const rulesOf = new Map(configs.map((row) => [row.stationId, stationRules(row)]))
  const taskOf = new Map(tasks.map((t) => [t.officerId, t]))
  const rowOf = (p: (typeof people)[number]): SheetRow => {
    const m = minutes.get(p.id) ?? NO_MINUTES
    const t = taskOf.get(p.id)
    const [due, done] = [Number(t?.due ?? 0), Number(t?.done ?? 0)]
    return {
      officerId: p.id,
      name: { zh: p.nameZh, en: p.nameEn },
      dedicated: p.dedicated,
      communityHours: round(m.communityMinutes / 60, 2),
      targetHours: periodTarget((rulesOf.get(p.stationId) ?? stationRules(undefined)).weeklyHoursTarget, from, to),
      awayHours: round(m.awayMinutes / 60, 2),
      share: ratio(m.communityMinutes, m.communityMinutes + m.awayMinutes),
      tasksDue: due,
      tasksDone: done,
      tasksOverdue: Number(t?.overdue ?? 0),
      completion: ratio(done, due),
      refusedAttempts: m.refusedAttempts,
      disputes: disputesOfficer(disputes, p.id),
    }
  }
  const sheetTeams: SheetTeam[] = teams
    .sort((a, b) => a.stationId.localeCompare(b.stationId) || a.nameEn.localeCompare(b.nameEn))
    .map((t) => {
      const officers = inTeams.filter((p) => p.teamId === t.id).map(rowOf)
      return {
        teamId: t.id,
        stationId: t.stationId,
        name: { zh: t.nameZh, en: t.nameEn },
        officers,
        totals: totalsOf(officers),
      }
    })
  return { period, from, to, teams: sheetTeams }
}
