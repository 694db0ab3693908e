import type { QuarterSnapshot } from '@platform/contracts'
import type { BatchItem } from 'drizzle-orm/batch'
import { CYCLE_CONFIG } from '../config'
import type { Db } from '../db'
import { consequence, quarterClose, scoreSnapshot } from '../db/schema'
import { newId } from '../new-id'
import { gradeQuarter, proposeConsequences } from '../rules/grades'
import { loadQuarter, rankQuarter } from './quarter-sheets'

/**
 * Freezes a station's quarter: each officer's score and rank with the inputs they used (rater
 * lines and weights, computed items with their figures, adjustments so far), the grade under
 * the quota, the star, and the consequences the rule proposes for the bottom. One batch; the
 * close row's primary key makes a racing second close fail as a whole.
 */
export async function freezeQuarter(db: Db, stationId: string, quarter: string, closedBy: string) {
  const details = await loadQuarter(db, stationId, quarter)
  const ranked = rankQuarter(details)
  const grades = gradeQuarter(ranked, CYCLE_CONFIG.excellentShare)
  const proposals = proposeConsequences(ranked, grades, CYCLE_CONFIG)
  const closedAt = new Date().toISOString()
  const rows = ranked.map((score) => {
    const detail = details.find((d) => d.officerId === score.officerId)
    const graded = grades.get(score.officerId) ?? { grade: 'ordinary' as const, star: false }
    return {
      officerId: score.officerId,
      quarter,
      stationId,
      basePoints: score.basePoints,
      deducted: score.deducted,
      adjusted: score.adjusted,
      score: score.score,
      rank: score.rank,
      grade: graded.grade,
      star: graded.star,
      inputs: JSON.stringify({
        deductions: (detail?.lines ?? []).map(({ recordedAt: _at, ...line }) => line),
        computed: detail?.computed ?? [],
        adjustments: (detail?.adjustments ?? []).map(({ itemCode, points, caseId }) => ({ itemCode, points, caseId })),
      }),
      frozenAt: closedAt,
    }
  })
  const consequences = proposals.map((p) => ({
    id: newId(),
    officerId: p.officerId,
    stationId,
    quarter,
    kind: p.kind,
    score: p.score,
    rank: ranked.find((r) => r.officerId === p.officerId)?.rank ?? 0,
    status: 'proposed' as const,
    proposedAt: closedAt,
    reason: null,
    decidedAt: null,
    decidedBy: null,
  }))
  const statements: BatchItem<'sqlite'>[] = [db.insert(quarterClose).values({ stationId, quarter, closedAt, closedBy })]
  // D1 binds at most 100 parameters per statement: 12 columns → 8 rows per insert.
  for (let i = 0; i < rows.length; i += 8) statements.push(db.insert(scoreSnapshot).values(rows.slice(i, i + 8)))
  for (let i = 0; i < consequences.length; i += 8)
    statements.push(db.insert(consequence).values(consequences.slice(i, i + 8)))
  return { statements, closedAt, rows: rows.length, consequences: consequences.length }
}

type SnapshotRowDb = typeof scoreSnapshot.$inferSelect
type ConsequenceDb = typeof consequence.$inferSelect

export const consequenceOf = (row: ConsequenceDb) => ({
  id: row.id,
  officerId: row.officerId,
  stationId: row.stationId,
  quarter: row.quarter,
  kind: row.kind,
  score: row.score,
  rank: row.rank,
  status: row.status,
  reason: row.reason,
  decidedAt: row.decidedAt,
})

/** The snapshot as answered: frozen rows (never recomputed) with their inputs. */
export function snapshotOf(
  stationId: string | null,
  quarter: string,
  closedAt: string | null,
  rows: readonly SnapshotRowDb[],
  consequences: readonly ConsequenceDb[],
): QuarterSnapshot {
  return {
    stationId,
    quarter,
    closedAt,
    rows: rows.map((r) => ({
      officerId: r.officerId,
      stationId: r.stationId,
      quarter: r.quarter,
      basePoints: r.basePoints,
      deducted: r.deducted,
      adjusted: r.adjusted,
      score: r.score,
      rank: r.rank,
      frozen: true,
      grade: r.grade,
      star: r.star,
      frozenAt: r.frozenAt,
      inputs: JSON.parse(r.inputs),
    })),
    consequences: consequences.map(consequenceOf),
  }
}
