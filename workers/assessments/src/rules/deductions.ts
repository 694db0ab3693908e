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

/**
 * What a decision gives back: in full, every named deduction; in part, the configured share of
 * each (whole points, rounded up); rejected, nothing.
 */
export function reversalOf(outcome: VoteOutcome, claimed: readonly Claimed[], partialShare: Fraction): Claimed[] {
  if (outcome === 'reject') return []
  return claimed.map((line) => ({
    itemCode: line.itemCode,
    points:
      outcome === 'exempt_full'
        ? line.points
        : Math.ceil((line.points * partialShare.numerator) / partialShare.denominator),
  }))
}
