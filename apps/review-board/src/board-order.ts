import type { BoardMember } from '@platform/contracts'

/** Serving members before former ones, the chair first among them; otherwise the API's order. */
export function inBoardOrder(members: BoardMember[]): BoardMember[] {
  const rank = (member: BoardMember) => (member.active ? 0 : 2) + (member.role === 'chair' ? 0 : 1)
  return members
    .map((member, position) => ({ member, position }))
    .sort((a, b) => rank(a.member) - rank(b.member) || a.position - b.position)
    .map(({ member }) => member)
}
