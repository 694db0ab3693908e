import type { HeldDispute } from '@platform/contracts'
import { and, asc, eq, inArray, or } from 'drizzle-orm'
import type { Db } from '../db'
import { dispute } from '../db/schema'
import { isOverdue } from '../rules/deadlines'

/** Disputes an officer still has work on, soonest deadline first: what the officer's task list shows. */
export async function openDisputesOf(db: Db, officerId: string, now = new Date()): Promise<HeldDispute[]> {
  const rows = await db
    .select()
    .from(dispute)
    .where(
      and(
        eq(dispute.holderOfficerId, officerId),
        // Open ones, and closed ones whose return visit (protection) is still due.
        or(inArray(dispute.state, ['received', 'assigned']), eq(dispute.nextKind, 'return_visit')),
      ),
    )
    .orderBy(asc(dispute.dueAt), asc(dispute.id))
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    category: row.category,
    state: row.state,
    dueAt: row.dueAt,
    overdue: !row.pausedAt && isOverdue(row.dueAt, now),
    paused: row.pausedAt !== null,
  }))
}
