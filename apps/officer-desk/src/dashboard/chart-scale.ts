// Geometry of the dashboard's small SVG charts: one viewBox, margins for the axis labels.

export const CHART = { width: 640, height: 260, left: 52, right: 16, top: 16, bottom: 36 } as const

export const plotWidth = CHART.width - CHART.left - CHART.right
export const plotHeight = CHART.height - CHART.top - CHART.bottom

/** x of the i-th of n points, centred in its slot. */
export const xOf = (i: number, n: number) => CHART.left + (plotWidth * (i + 0.5)) / Math.max(n, 1)

/** y of a value in [min, max]. */
export const yOf = (value: number, min: number, max: number) =>
  CHART.top + plotHeight * (1 - (value - min) / (max - min || 1))

/** A lower bound for rates: a whole percent under the lowest value, at most 100 % − 5 points. */
export function rateFloor(values: readonly (number | null)[]) {
  const present = values.filter((v): v is number => v !== null)
  const lowest = present.length ? Math.min(...present) : 0.95
  return Math.min(0.95, Math.floor(lowest * 100 - 1) / 100)
}

/** Four or five round ticks from min to max. */
export function ticks(min: number, max: number, count = 4) {
  const step = (max - min) / count
  return Array.from({ length: count + 1 }, (_, i) => min + step * i)
}

/** The SVG path through the present values of n slots (a gap where a value is missing is bridged). */
export const linePath = (values: readonly (number | null)[], min: number, max: number) =>
  values
    .map((v, i) => ({ i, v }))
    .filter((p): p is { i: number; v: number } => p.v !== null)
    .map((p, k) => `${k === 0 ? 'M' : 'L'}${xOf(p.i, values.length).toFixed(1)},${yOf(p.v, min, max).toFixed(1)}`)
    .join(' ')
