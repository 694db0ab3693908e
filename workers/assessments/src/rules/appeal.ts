import type { VoteOutcome } from '@platform/contracts'
import { type Claimed, reversalOf } from './deductions'
import { addDays, shanghaiDay } from './quarter'
import type { Fraction } from './quorum'

export type AppealedCase = {
  status: 'open' | 'decided'
  decidedAt: string | null
  /** The case is itself an appeal. */
  isAppeal: boolean
  /** An appeal of the case exists already. */
  hasAppeal: boolean
}

export type AppealRefusal = { code: `RULE_${string}`; message: string }

/** The last day (Asia/Shanghai) an appeal may be filed: `days` after the day of the decision. */
export const appealDeadline = (decidedAt: string, days: number) => addDays(shanghaiDay(new Date(decidedAt)), days)

/** Why a case cannot be appealed today, or null: one appeal only, decided, within the window. */
export function appealRefusal(appealed: AppealedCase, today: string, days: number): AppealRefusal | null {
  if (appealed.isAppeal || appealed.hasAppeal)
    return { code: 'RULE_ONE_APPEAL', message: 'A case has one appeal, and an appeal is not appealed again' }
  if (appealed.status !== 'decided' || !appealed.decidedAt)
    return { code: 'RULE_APPEAL_UNDECIDED', message: 'Only a decided case can be appealed' }
  if (today > appealDeadline(appealed.decidedAt, days))
    return { code: 'RULE_APPEAL_WINDOW', message: `An appeal is filed within ${days} days of the decision` }
  return null
}

/** Members of a proposed appeal panel who sat on the first panel (any of them refuses the panel). */
export const firstPanelMembersIn = (proposed: readonly string[], firstPanel: ReadonlySet<string>) =>
  proposed.filter((id) => firstPanel.has(id))

/**
 * What an appeal decision gives back beyond the first decision: the appeal never takes back what
 * the first decision restored (an officer's appeal cannot leave the officer worse off). `cost`
 * is what the named deductions cost in the score (costOf).
 */
export function appealReversal(
  appealOutcome: VoteOutcome,
  firstOutcome: VoteOutcome,
  cost: readonly Claimed[],
  partialShare: Fraction,
): Claimed[] {
  const now = reversalOf(appealOutcome, cost, partialShare)
  const before = reversalOf(firstOutcome, cost, partialShare)
  return now
    .map((line, index) => ({
      itemCode: line.itemCode,
      points: Math.round((line.points - (before[index]?.points ?? 0)) * 100) / 100,
    }))
    .filter((line) => line.points > 0)
}
