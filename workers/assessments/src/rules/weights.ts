export type WeightedLine = { points: number; raterRole: string | null }

/**
 * Points a rater's deduction takes off: its points × the rater's weight. A line without a rater
 * (history from before raters, or a card with one rater) takes its full points.
 */
export function weightOf(raterRole: string | null, weights: Readonly<Record<string, number>>): number {
  if (raterRole === null) return 100
  return weights[raterRole] ?? 100
}

export function weightedDeducted(lines: readonly WeightedLine[], weights: Readonly<Record<string, number>>): number {
  const total = lines.reduce((sum, line) => sum + line.points * weightOf(line.raterRole, weights), 0) / 100
  return Math.round(total * 100) / 100
}

/** Raters' weights must add up to 100 (%). */
export const weightsComplete = (weights: readonly number[]) => weights.reduce((a, b) => a + b, 0) === 100
