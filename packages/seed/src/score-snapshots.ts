import { CYCLE_CONFIG } from '../../../workers/assessments/src/config'
import { gradeQuarter, proposeConsequences } from '../../../workers/assessments/src/rules/grades'
import { rankScores } from '../../../workers/assessments/src/rules/ranking'
import type { BoardCases } from './board-cases'
import type { Scoring } from './scoring'
import type { Row } from './tables'

// The first seeded quarter is closed: each station's 2024-Q2 scores frozen into a snapshot with
// the inputs they used, graded by the worker's own rules (quota, star), and the consequences the
// rule proposes for the bottom of each ranking — one of them already confirmed by the station
// head. 2024-Q3 stays open, so rating and recomputing can be tried.

export const CLOSED_QUARTER = '2024-Q2'
const CLOSED_AT = '2024-07-05T02:00:00.000Z'

export type Snapshots = {
  quarterClose: Row<'assessments', 'quarterClose'>[]
  scoreSnapshot: Row<'assessments', 'scoreSnapshot'>[]
  consequence: Row<'assessments', 'consequence'>[]
}

export function generateSnapshots(newId: () => string, scoring: Scoring, cases: BoardCases): Snapshots {
  const out: Snapshots = { quarterClose: [], scoreSnapshot: [], consequence: [] }
  const stations = [...new Set(scoring.scoreSheet.filter((s) => s.quarter === CLOSED_QUARTER).map((s) => s.stationId))]
  for (const stationId of stations) {
    const sheets = scoring.scoreSheet.filter((s) => s.stationId === stationId && s.quarter === CLOSED_QUARTER)
    const lines = (officerId: string) =>
      scoring.deduction.filter((d) => d.officerId === officerId && d.quarter === CLOSED_QUARTER)
    const adjustments = (officerId: string) =>
      cases.adjustment.filter((a) => a.officerId === officerId && a.quarter === CLOSED_QUARTER)
    const ranked = rankScores(
      sheets.map((s) => ({
        officerId: s.officerId,
        basePoints: s.basePoints,
        deducted: lines(s.officerId).reduce((n, d) => n + d.points, 0),
        adjusted: adjustments(s.officerId).reduce((n, a) => n + a.points, 0),
      })),
    )
    const grades = gradeQuarter(ranked, CYCLE_CONFIG.excellentShare)
    out.quarterClose.push({ stationId, quarter: CLOSED_QUARTER, closedAt: CLOSED_AT, closedBy: 'seed' })
    for (const r of ranked) {
      const graded = grades.get(r.officerId)
      out.scoreSnapshot.push({
        officerId: r.officerId,
        quarter: CLOSED_QUARTER,
        stationId,
        basePoints: r.basePoints,
        deducted: r.deducted,
        adjusted: r.adjusted,
        score: r.score,
        rank: r.rank,
        grade: graded?.grade ?? 'ordinary',
        star: graded?.star ?? false,
        inputs: JSON.stringify({
          deductions: lines(r.officerId).map((d) => ({
            itemCode: d.itemCode,
            points: d.points,
            raterRole: null,
            weightPct: 100,
          })),
          computed: [],
          adjustments: adjustments(r.officerId).map((a) => ({
            itemCode: a.itemCode,
            points: a.points,
            caseId: a.caseId,
          })),
        }),
        frozenAt: CLOSED_AT,
      })
    }
    for (const p of proposeConsequences(ranked, grades, CYCLE_CONFIG)) {
      const first = out.consequence.length === 0
      out.consequence.push({
        id: newId(),
        officerId: p.officerId,
        stationId,
        quarter: CLOSED_QUARTER,
        kind: p.kind,
        score: p.score,
        rank: ranked.find((r) => r.officerId === p.officerId)?.rank ?? 0,
        status: first ? 'confirmed' : 'proposed',
        proposedAt: CLOSED_AT,
        reason: first ? '季度排名末位，经谈话核实情况属实。' : null,
        decidedAt: first ? '2024-07-10T02:00:00.000Z' : null,
        decidedBy: first ? 'seed' : null,
      })
    }
  }
  return out
}
