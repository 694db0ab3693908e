import type { VoteOutcome } from '@platform/contracts'
import type { Fraction } from './quorum'

export type ItemRange = { code: string; maxPoints: number }
export type Claimed = { itemCode: string; points: number }
export type MisfitLine = {
  index: number
  itemCode: string
  problem: 'unknown_item' | 'points_out_of_range'
  maxPoints?: number
}

/**
 * Named deductions that do not fit the scorecard: an unknown item, or points outside 1..maxPoints.
 * Empty when every line fits (a bad line is bad input: 400).
 */
export function outOfRange(claimed: readonly Claimed[], items: readonly ItemRange[]): MisfitLine[] {
  return claimed.flatMap((line, index): MisfitLine[] => {
    const item = items.find((i) => i.code === line.itemCode)
    if (!item) return [{ index, itemCode: line.itemCode, problem: 'unknown_item' }]
    if (line.points < 1 || line.points > item.maxPoints)
      return [{ index, itemCode: line.itemCode, problem: 'points_out_of_range', maxPoints: item.maxPoints }]
    return []
  })
}

/**
 * Named deductions that claim more points of an item than were recorded against the officer in
 * the quarter: a case can only reverse what was actually deducted.
 */
export function notRecorded(claimed: readonly Claimed[], recorded: readonly Claimed[]) {
  const sum = (lines: readonly Claimed[], code: string) =>
    lines.filter((l) => l.itemCode === code).reduce((n, l) => n + l.points, 0)
  const codes = [...new Set(claimed.map((l) => l.itemCode))]
  return codes
    .filter((code) => sum(claimed, code) > sum(recorded, code))
    .map((code) => ({ itemCode: code, claimed: sum(claimed, code), recorded: sum(recorded, code) }))
}

/** A line recorded against the officer in the quarter, with the share of its points the score counts. */
export type RecordedLine = { itemCode: string; points: number; weightPct: number; recordedAt: string }

/** Scores are kept to hundredths (a 50 % rater's 3 points cost 1.5). */
const hundredths = (n: number) => Math.round(n * 100) / 100

/**
 * What each named deduction actually cost in the score: its points are taken from the recorded
 * lines of its item, oldest first (earlier case lines first), each at its rater's weight — a
 * 50 % team leader's 4 points cost 2, so reversing them gives back 2, not 4. Claimed points not
 * found among the recorded lines (filing refuses that) count at full weight.
 */
export function costOf(claimed: readonly Claimed[], recorded: readonly RecordedLine[]): Claimed[] {
  const left = [...recorded]
    .sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0))
    .map((line) => ({ ...line }))
  return claimed.map((line) => {
    let toTake = line.points
    let cost = 0
    for (const source of left) {
      if (toTake === 0) break
      if (source.itemCode !== line.itemCode || source.points === 0) continue
      const taken = Math.min(toTake, source.points)
      source.points -= taken
      toTake -= taken
      cost += (taken * source.weightPct) / 100
    }
    return { itemCode: line.itemCode, points: hundredths(cost + toTake) }
  })
}

/**
 * What a decision gives back of what the named deductions cost (see costOf): in full, all of it;
 * in part, the configured share of it (to hundredths, the score's precision); rejected, nothing.
 */
export function reversalOf(outcome: VoteOutcome, cost: readonly Claimed[], partialShare: Fraction): Claimed[] {
  if (outcome === 'reject') return []
  return cost.map((line) => ({
    itemCode: line.itemCode,
    points:
      outcome === 'exempt_full'
        ? line.points
        : hundredths((line.points * partialShare.numerator) / partialShare.denominator),
  }))
}
