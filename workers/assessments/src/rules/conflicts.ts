import type { ConflictReason, TieKind } from '@platform/contracts'

export type PanelCandidate = {
  id: string
  role: 'chair' | 'member'
  stationId: string | null
  accountId: string | null
}
export type CaseParties = {
  /** The officer's station. */
  stationId: string
  /** The account that filed the case. */
  filedBy: string
  /** Ties declared on the case: a member who supervises the officer, a relative, a close colleague. */
  ties: readonly { memberId: string; kind: TieKind }[]
}

/**
 * Why a member may not sit on a case, in a fixed order; empty when there is no conflict. A
 * member serving in the officer's station is conflicted whatever the post (the officer's team
 * leader and station head serve there); a supervisor elsewhere is known only when declared.
 */
export function conflictsOf(member: PanelCandidate, parties: CaseParties): ConflictReason[] {
  const reasons: ConflictReason[] = []
  const ties = parties.ties.filter((t) => t.memberId === member.id)
  if (member.stationId !== null && member.stationId === parties.stationId) reasons.push('same_station')
  if (ties.some((t) => t.kind === 'supervisor')) reasons.push('supervisor')
  if (member.accountId !== null && member.accountId === parties.filedBy) reasons.push('filer')
  if (ties.some((t) => t.kind !== 'supervisor')) reasons.push('declared_tie')
  return reasons
}

/** FNV-1a: a small, stable hash, so the same case always draws the same panel. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

export type DrawOptions = {
  /** Seats to fill with members free of conflict; null = every free member sits. */
  size: number | null
  /** Makes the draw differ from case to case but repeat for the same case (the case id). */
  salt: string
  /** Members who may not sit at all (an appeal: the first panel's members). */
  excluded?: ReadonlySet<string>
}

/**
 * The panel for a case, in board order. The chair sits when free of conflict; the other seats go
 * to free members in an order drawn from the case id, so the work rotates and the draw can be
 * re-checked. Conflicted members are listed as recused seats (shown plainly, never voting, not
 * counted for the quorum).
 */
export function drawPanel<M extends PanelCandidate>(members: readonly M[], parties: CaseParties, options: DrawOptions) {
  const candidates = members
    .filter((member) => !options.excluded?.has(member.id))
    .map((member) => ({ member, conflicts: conflictsOf(member, parties) }))
  const free = candidates.filter((c) => c.conflicts.length === 0)
  const order = [
    ...free.filter((c) => c.member.role === 'chair'),
    ...free
      .filter((c) => c.member.role !== 'chair')
      .sort(
        (a, b) =>
          fnv1a(`${options.salt}/${a.member.id}`) - fnv1a(`${options.salt}/${b.member.id}`) ||
          (a.member.id < b.member.id ? -1 : 1),
      ),
  ]
  const seated = new Set((options.size === null ? order : order.slice(0, options.size)).map((c) => c.member.id))
  return candidates
    .filter((c) => seated.has(c.member.id) || c.conflicts.length > 0)
    .map((c) => ({ member: c.member, conflicts: c.conflicts, recused: c.conflicts.length > 0 }))
}
