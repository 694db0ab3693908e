import { SETTLED_OUTCOMES } from './period'

type Contact = { digest: string; kind: string | null; disputeId: string; reference: string; communityId: string }

/**
 * Disputes that share one keyed digest of a phone (repeat parties) or of the address (repeat
 * addresses): groups of two or more disputes, largest first. Only digests are compared: no
 * phone or address is ever read in clear for this.
 */
export function repeatGroups(contacts: readonly Contact[], kind: 'phone' | 'address', maxGroups: number) {
  const byDigest = new Map<string, Map<string, Contact>>()
  for (const contact of contacts) {
    if (contact.kind !== kind) continue
    const group = byDigest.get(contact.digest) ?? new Map<string, Contact>()
    group.set(contact.disputeId, contact)
    byDigest.set(contact.digest, group)
  }
  return [...byDigest.values()]
    .filter((group) => group.size >= 2)
    .map((group) => {
      const members = [...group.values()].sort((a, b) => a.reference.localeCompare(b.reference))
      return {
        references: members.map((m) => ({ id: m.disputeId, reference: m.reference })),
        communityIds: [...new Set(members.map((m) => m.communityId))].sort(),
      }
    })
    .sort(
      (a, b) =>
        b.references.length - a.references.length ||
        (a.references[0]?.reference ?? '').localeCompare(b.references[0]?.reference ?? ''),
    )
    .slice(0, maxGroups)
}

/** Kinds of dispute that keep coming back in one community ("one type of case"), most first. */
export function recurringTypes(rows: readonly { communityId: string; category: string }[], minimum: number) {
  const counts = new Map<string, number>()
  for (const row of rows)
    counts.set(`${row.communityId}|${row.category}`, (counts.get(`${row.communityId}|${row.category}`) ?? 0) + 1)
  return [...counts.entries()]
    .filter(([, count]) => count >= minimum)
    .map(([key, count]) => {
      const [communityId, category] = key.split('|') as [string, string]
      return { communityId, category, count }
    })
    .sort(
      (a, b) => b.count - a.count || a.communityId.localeCompare(b.communityId) || a.category.localeCompare(b.category),
    )
}

type Row = {
  communityId: string
  state: string
  outcome: string | null
  pausedAt: string | null
  dueAt: string | null
}

/** Per community: received in the window, still open, settled, overdue now, referred out. */
export function communityFigures(rows: readonly Row[], now: Date) {
  const figures = new Map<
    string,
    { communityId: string; received: number; open: number; settled: number; overdue: number; referred: number }
  >()
  for (const row of rows) {
    const f = figures.get(row.communityId) ?? {
      communityId: row.communityId,
      received: 0,
      open: 0,
      settled: 0,
      overdue: 0,
      referred: 0,
    }
    f.received += 1
    const open = row.state === 'received' || row.state === 'assigned' || row.state === 'referral_pending'
    if (open) f.open += 1
    if (open && !row.pausedAt && row.dueAt !== null && Date.parse(row.dueAt) < now.getTime()) f.overdue += 1
    if (row.state === 'closed' && (SETTLED_OUTCOMES as readonly string[]).includes(row.outcome ?? '')) f.settled += 1
    if (row.state === 'referred' || row.state === 'referral_pending') f.referred += 1
    figures.set(row.communityId, f)
  }
  return [...figures.values()].sort((a, b) => b.received - a.received || a.communityId.localeCompare(b.communityId))
}
