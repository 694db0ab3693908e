import type { Tally, VoteOutcome } from '@platform/contracts'

export type Fraction = { numerator: number; denominator: number }
export type Seat = { memberId: string; recused: boolean }
export type Ballot = { memberId: string; outcome: VoteOutcome }

/** Votes needed: the share of the eligible members, rounded up, and never fewer than one. */
export function votesNeeded(eligible: number, quorum: Fraction): number {
  return Math.max(1, Math.ceil((eligible * quorum.numerator) / quorum.denominator))
}

/**
 * The outcome a majority of the votes cast supports, or null. An outcome with more than half
 * the votes wins; otherwise, when "exempt in full" and "exempt in part" together hold more
 * than half, the majority supports an exemption and the lesser one (in part) is what it
 * agrees on. A tie between exemption and rejection has no majority.
 */
export function majorityOf(counts: Tally['counts']): VoteOutcome | null {
  const cast = counts.exempt_full + counts.exempt_partial + counts.reject
  const more = (n: number) => 2 * n > cast
  if (cast === 0) return null
  if (more(counts.exempt_full)) return 'exempt_full'
  if (more(counts.exempt_partial)) return 'exempt_partial'
  if (more(counts.reject)) return 'reject'
  if (more(counts.exempt_full + counts.exempt_partial)) return 'exempt_partial'
  return null
}

/**
 * The quorum part of any board decision (exemption cases and nominations alike): recused members
 * and votes from outside the eligible panel do not count; the quorum is a share of the eligible.
 */
export function quorumOf<B extends { memberId: string }>(
  seats: readonly Seat[],
  ballots: readonly B[],
  quorum: Fraction,
) {
  const eligibleIds = new Set(seats.filter((s) => !s.recused).map((s) => s.memberId))
  const counted = ballots.filter((b) => eligibleIds.has(b.memberId))
  const eligible = eligibleIds.size
  const needed = votesNeeded(eligible, quorum)
  return {
    panel: seats.length,
    recused: seats.length - eligible,
    eligible,
    cast: counted.length,
    needed,
    quorumMet: eligible > 0 && counted.length >= needed,
    counted,
  }
}

/** The outcome holding more than half of the votes cast, or null (a yes/no decision such as a nomination). */
export function simpleMajority<O extends string>(counts: Readonly<Record<O, number>>): O | null {
  const entries = Object.entries(counts) as [O, number][]
  const cast = entries.reduce((n, [, v]) => n + v, 0)
  return entries.find(([, v]) => 2 * v > cast)?.[0] ?? null
}

/**
 * The server's count of a case: the quorum of the eligible panel (quorumOf); the chair may close
 * once the quorum is met and a majority exists (blocker says which is missing).
 */
export function tally(seats: readonly Seat[], ballots: readonly Ballot[], quorum: Fraction): Tally {
  const { counted, ...count } = quorumOf(seats, ballots, quorum)
  const counts = { exempt_full: 0, exempt_partial: 0, reject: 0 }
  for (const ballot of counted) counts[ballot.outcome] += 1
  const majority = majorityOf(counts)
  return {
    ...count,
    counts,
    majority,
    blocker: !count.quorumMet ? 'RULE_QUORUM' : majority === null ? 'RULE_MAJORITY' : null,
  }
}
