import type { OfficerScore } from '@platform/contracts'
import { and, eq } from 'drizzle-orm'
import type { Db } from '../db'
import { adjustment, computedItem, deduction, scorecard, scorecardRater, scoreSheet, scoreSnapshot } from '../db/schema'
import { rankScores } from '../rules/ranking'
import { weightOf } from '../rules/weights'

export type SheetDetail = {
  officerId: string
  stationId: string
  quarter: string
  basePoints: number
  lines: { itemCode: string; points: number; raterRole: string | null; weightPct: number; recordedAt: string }[]
  computed: { itemCode: string; points: number; inputs: Record<string, unknown> }[]
  adjustments: { itemCode: string; points: number; caseId: string; recordedAt: string }[]
  snapshot: typeof scoreSnapshot.$inferSelect | null
}

/** Each officer's quarter with everything its score is made of (rater lines with weights, computed items, adjustments, snapshot). */
export async function loadQuarter(db: Db, stationId: string | undefined, quarter: string): Promise<SheetDetail[]> {
  const [sheets, lines, computed, adjustments, snapshots, raters] = await Promise.all([
    db
      .select()
      .from(scoreSheet)
      .where(and(stationId ? eq(scoreSheet.stationId, stationId) : undefined, eq(scoreSheet.quarter, quarter))),
    db
      .select()
      .from(deduction)
      .where(and(stationId ? eq(deduction.stationId, stationId) : undefined, eq(deduction.quarter, quarter))),
    db
      .select()
      .from(computedItem)
      .where(and(stationId ? eq(computedItem.stationId, stationId) : undefined, eq(computedItem.quarter, quarter))),
    db
      .select()
      .from(adjustment)
      .where(and(stationId ? eq(adjustment.stationId, stationId) : undefined, eq(adjustment.quarter, quarter))),
    db
      .select()
      .from(scoreSnapshot)
      .where(and(stationId ? eq(scoreSnapshot.stationId, stationId) : undefined, eq(scoreSnapshot.quarter, quarter))),
    db
      .select({
        stationId: scorecard.stationId,
        raterRole: scorecardRater.raterRole,
        weightPct: scorecardRater.weightPct,
      })
      .from(scorecardRater)
      .innerJoin(scorecard, eq(scorecard.id, scorecardRater.scorecardId))
      .where(stationId ? eq(scorecard.stationId, stationId) : undefined),
  ])
  const weightsOf = (station: string) =>
    Object.fromEntries(raters.filter((r) => r.stationId === station).map((r) => [r.raterRole, r.weightPct]))
  return sheets
    .map((sheet) => {
      const weights = weightsOf(sheet.stationId)
      const mine = <R extends { officerId: string }>(rows: R[]) => rows.filter((r) => r.officerId === sheet.officerId)
      return {
        officerId: sheet.officerId,
        stationId: sheet.stationId,
        quarter,
        basePoints: sheet.basePoints,
        lines: mine(lines).map((l) => ({
          itemCode: l.itemCode,
          points: l.points,
          raterRole: l.raterRole,
          weightPct: weightOf(l.raterRole, weights),
          recordedAt: l.recordedAt,
        })),
        computed: mine(computed).map((c) => ({ itemCode: c.itemCode, points: c.points, inputs: JSON.parse(c.inputs) })),
        adjustments: mine(adjustments).map((a) => ({
          itemCode: a.itemCode,
          points: a.points,
          caseId: a.caseId,
          recordedAt: a.recordedAt,
        })),
        snapshot: snapshots.find((s) => s.officerId === sheet.officerId) ?? null,
      }
    })
    .sort((a, b) => (a.stationId < b.stationId ? -1 : a.stationId > b.stationId ? 1 : 0))
}

/**
 * The sums a score is made of. Live: rater lines at their weights plus computed items, and every
 * adjustment. Frozen: the snapshot's sums, plus adjustments recorded after the freeze (each
 * pointing at its cause) — the snapshot itself never changes.
 */
export function sumsOf(detail: SheetDetail) {
  const round = (n: number) => Math.round(n * 100) / 100
  if (detail.snapshot) {
    const frozenAt = detail.snapshot.frozenAt
    const later = detail.adjustments.filter((a) => a.recordedAt > frozenAt).reduce((n, a) => n + a.points, 0)
    return { deducted: detail.snapshot.deducted, adjusted: round(detail.snapshot.adjusted + later), frozen: true }
  }
  const deducted = detail.lines.reduce((n, l) => n + (l.points * l.weightPct) / 100, 0)
  return {
    deducted: round(deducted + detail.computed.reduce((n, c) => n + c.points, 0)),
    adjusted: round(detail.adjustments.reduce((n, a) => n + a.points, 0)),
    frozen: false,
  }
}

/** Scores ranked within each station, stations in id order. */
export function rankQuarter(details: readonly SheetDetail[]): OfficerScore[] {
  const stations = [...new Set(details.map((d) => d.stationId))]
  return stations.flatMap((station) =>
    rankScores(
      details
        .filter((d) => d.stationId === station)
        .map((d) => ({
          officerId: d.officerId,
          stationId: d.stationId,
          quarter: d.quarter,
          basePoints: d.basePoints,
          ...sumsOf(d),
        })),
    ),
  )
}
