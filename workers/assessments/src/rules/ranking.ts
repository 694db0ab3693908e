export type SheetTotals = {
  officerId: string
  basePoints: number
  deducted: number
  adjusted: number
}

/**
 * Scores of one station's quarter, best first: base minus deductions plus adjustments, never
 * above the base. Equal scores share a rank and the next rank skips (1, 2, 2, 4); ties are
 * listed by officer id so the order is stable.
 */
export function rankScores<T extends SheetTotals>(sheets: readonly T[]) {
  const scored = sheets
    .map((s) => ({ ...s, score: Math.min(s.basePoints, s.basePoints - s.deducted + s.adjusted) }))
    .sort((a, b) => b.score - a.score || a.officerId.localeCompare(b.officerId))
  return scored.map((s) => ({ ...s, rank: scored.findIndex((o) => o.score === s.score) + 1 }))
}
