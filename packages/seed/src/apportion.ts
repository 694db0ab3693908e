/**
 * Splits an integer total into integer parts proportional to the weights (largest remainder),
 * so a station's population and area add up exactly to its figure.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0)
  const exact = weights.map((w) => (total * w) / sum)
  const parts = exact.map(Math.floor)
  const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((p, q) => q.r - p.r || p.i - q.i)
  let left = total - parts.reduce((s, p) => s + p, 0)
  for (const { i } of byRemainder) {
    if (left-- <= 0) break
    parts[i] = (parts[i] as number) + 1
  }
  return parts
}
