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

/** A problem goes one way once: a second hand-over is refused rather than sent twice. */
export const escalationRefusal = (problem: { escalation: 'none' | 'task' | 'dispute_lead' }) =>
  problem.escalation === 'none' ? null : ('already_escalated' as const)

/** A shop closed every day of the week could never serve its turn. */
export const alwaysClosed = (closedWeekdays: readonly number[]) => new Set(closedWeekdays).size >= 7
