import type { DefenceGroupRecord, DutyProblem, DutyReport, ShopRecord } from '@platform/contracts'
import { and, asc, between, eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db'
import { defenceGroup, dutyProblem, dutyReport, gridCommunity, shop } from '../../db/schema'
import { weekdaysOfMask } from '../../rules/rota'

export type GroupRow = typeof defenceGroup.$inferSelect
export type ShopRow = typeof shop.$inferSelect
export type ReportRow = typeof dutyReport.$inferSelect
export type ProblemRow = typeof dutyProblem.$inferSelect

export const toGroupRecord = (row: GroupRow): DefenceGroupRecord => ({
  id: row.id,
  stationId: row.stationId,
  communityId: row.communityId,
  name: { zh: row.nameZh, en: row.nameEn },
  street: { zh: row.streetZh, en: row.streetEn },
  rotaStart: row.rotaStart,
})

export const toShopRecord = (row: ShopRow): ShopRecord => ({
  id: row.id,
  groupId: row.groupId,
  name: { zh: row.nameZh, en: row.nameEn },
  position: row.position,
  closedWeekdays: weekdaysOfMask(row.closedWeekdays),
  staff: row.staff,
  closedOn: row.closedOn,
})

export const toProblem = (row: ProblemRow): DutyProblem => ({
  id: row.id,
  reportId: row.reportId,
  kind: row.kind,
  description: row.description,
  escalation: row.escalation,
  status: row.status,
  officerId: row.officerId,
  gridId: row.gridId,
  taskId: row.taskId,
  disputeId: row.disputeId,
  disputeReference: row.disputeReference,
  handoverFailure: row.handoverFailure,
})

export const toReport = (row: ReportRow, problems: ProblemRow[]): DutyReport => ({
  id: row.id,
  groupId: row.groupId,
  date: row.date,
  shopIds: row.shopIds,
  patrolDone: row.patrolDone,
  problems: problems.filter((p) => p.reportId === row.id).map(toProblem),
})

export async function findShop(db: Db, shopId: string) {
  const [row] = await db
    .select({ shop, stationId: defenceGroup.stationId })
    .from(shop)
    .innerJoin(defenceGroup, eq(defenceGroup.id, shop.groupId))
    .where(eq(shop.id, shopId))
    .limit(1)
  return row ?? null
}

export async function reportsOf(db: Db, groupId: string, from: string, to: string) {
  const reports = await db
    .select()
    .from(dutyReport)
    .where(and(eq(dutyReport.groupId, groupId), between(dutyReport.date, from, to)))
    .orderBy(asc(dutyReport.date))
  const problems = reports.length
    ? await db
        .select()
        .from(dutyProblem)
        .where(
          inArray(
            dutyProblem.reportId,
            reports.map((r) => r.id),
          ),
        )
        .orderBy(asc(dutyProblem.id))
    : []
  return reports.map((r) => toReport(r, problems))
}

/** A problem with the group it was reported in (its station, and the community to find the grid). */
export async function findProblem(db: Db, problemId: string) {
  const [row] = await db
    .select({
      problem: dutyProblem,
      stationId: defenceGroup.stationId,
      communityId: defenceGroup.communityId,
      reportedOn: dutyReport.date,
    })
    .from(dutyProblem)
    .innerJoin(dutyReport, eq(dutyReport.id, dutyProblem.reportId))
    .innerJoin(defenceGroup, eq(defenceGroup.id, dutyReport.groupId))
    .where(eq(dutyProblem.id, problemId))
    .limit(1)
  return row ?? null
}

export async function gridOf(db: Db, communityId: string | null) {
  if (!communityId) return null
  const [row] = await db
    .select({ gridId: gridCommunity.gridId })
    .from(gridCommunity)
    .where(eq(gridCommunity.communityId, communityId))
    .limit(1)
  return row?.gridId ?? null
}

export const isDuplicateReport = (err: unknown) =>
  /UNIQUE constraint failed: duty_report\./i.test(String((err as Error)?.message ?? err))
