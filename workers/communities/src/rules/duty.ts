// Duty reports of the joint defence: the shops that served belong to the group, each once; a
// problem is handed over (as a task for the grid's officer, or as a dispute lead) once.

export type ShopProblem = { path: string; code: 'unknown_shop' | 'duplicate_shop'; message: string }

export function dutyShopProblems(shopIds: readonly string[], groupShopIds: readonly string[]): ShopProblem[] {
  const known = new Set(groupShopIds)
  const seen = new Set<string>()
  const problems: ShopProblem[] = []
  shopIds.forEach((id, i) => {
    if (!known.has(id))
      problems.push({ path: `shopIds.${i}`, code: 'unknown_shop', message: `${id} is not a shop of the group` })
    else if (seen.has(id))
      problems.push({ path: `shopIds.${i}`, code: 'duplicate_shop', message: `${id} is listed twice` })
    seen.add(id)
  })
  return problems
}

type Escalation = 'none' | 'task' | 'dispute_lead'
type HandoverStatus = 'none' | 'requested' | 'sent' | 'closed'

/**
 * A problem goes one way once: handing it over the other way is refused rather than sent twice.
 * The same way again is no refusal (see `needsSending`).
 */
export const escalationRefusal = (problem: { escalation: Escalation }, to: Exclude<Escalation, 'none'>) =>
  problem.escalation === 'none' || problem.escalation === to ? null : ('already_escalated' as const)

/**
 * Whether the hand-over still has to go to the other side: a new one, or one still `requested`
 * (the other side failed, was late, or the grid had no officer). The other side keeps one record
 * per hand-over id, so sending again never duplicates; a sent or closed one is answered as it is.
 */
export const needsSending = (problem: { escalation: Escalation; status: HandoverStatus }) =>
  problem.escalation === 'none' || problem.status === 'requested'

/** A shop closed every day of the week could never serve its turn. */
export const alwaysClosed = (closedWeekdays: readonly number[]) => new Set(closedWeekdays).size >= 7
