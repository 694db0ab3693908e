import type { ConsequenceKind, Grade } from '@platform/contracts'
import type { Fraction } from './quorum'

export type Ranked = { officerId: string; score: number }

/** Officers graded excellent in a station's quarter: the share, rounded down, at least one (with anyone ranked). */
export const excellentQuota = (officers: number, share: Fraction) =>
  officers === 0 ? 0 : Math.max(1, Math.floor((officers * share.numerator) / share.denominator))

/**
 * Grades of one station's quarter. An officer is excellent when everyone scoring at least as
 * much fits in the quota: equal scores share a grade, and a tie that would overfill the quota
 * is graded ordinary as a whole (the quota is never exceeded). The star of the quarter is the
 * one officer at the top; a tie at the top names no star (the station nominates one instead).
 */
export function gradeQuarter(ranked: readonly Ranked[], share: Fraction): Map<string, { grade: Grade; star: boolean }> {
  const quota = excellentQuota(ranked.length, share)
  const atLeast = (score: number) => ranked.filter((r) => r.score >= score).length
  const top = Math.max(...ranked.map((r) => r.score))
  const alone = ranked.filter((r) => r.score === top).length === 1
  return new Map(
    ranked.map((r) => [
      r.officerId,
      { grade: atLeast(r.score) <= quota ? 'excellent' : 'ordinary', star: alone && r.score === top },
    ]),
  )
}

export type ConsequenceRule = { bottomCount: number; supervisionBelow: number; talkBelow: number }

/** What the rule proposes for a score at the bottom: supervision, a reminder talk or a card warning. */
export function consequenceFor(score: number, rule: ConsequenceRule): ConsequenceKind {
  if (score < rule.supervisionBelow) return 'supervision'
  if (score < rule.talkBelow) return 'reminder_talk'
  return 'card_warning'
}

/**
 * The officers at the bottom of a station's ranking the rule proposes a consequence for: those
 * whose score is among the lowest `bottomCount` (a tie at the boundary is left out as a whole),
 * never an officer graded excellent, never one with a full score.
 */
export function proposeConsequences(
  ranked: readonly (Ranked & { basePoints: number })[],
  grades: ReadonlyMap<string, { grade: Grade }>,
  rule: ConsequenceRule,
) {
  const atMost = (score: number) => ranked.filter((r) => r.score <= score).length
  return ranked
    .filter((r) => atMost(r.score) <= rule.bottomCount)
    .filter((r) => grades.get(r.officerId)?.grade !== 'excellent' && r.score < r.basePoints)
    .map((r) => ({ officerId: r.officerId, score: r.score, kind: consequenceFor(r.score, rule) }))
}
