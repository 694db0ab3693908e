import type { LedgerEntry } from '@platform/contracts'
import { count, eq, max } from 'drizzle-orm'
import { PROGRESS_EVERY_DAYS, WARN_HOURS_BEFORE_DUE } from '../config'
import type { Db } from '../db'
import { type DisputeRow, dispute, disputeAttachment, disputeProgress } from '../db/schema'
import { isDueSoon, isOverdue } from '../rules/deadlines'
import { maskName, maskPhone } from '../rules/masking'
import { isProgressDue } from '../rules/progress'
import { referralOf, staffHolder } from './holder'
import { unsealPersonal } from './personal-data'

/** A ledger row as staff lists show it: parties masked, the deadline and whether it passed. */
export type EntryExtras = { attachments: number; duplicateReference: string | null; lastProgressAt: string | null }

export async function ledgerEntry(
  row: DisputeRow,
  dataKey: string,
  now: Date,
  extras: EntryExtras,
): Promise<LedgerEntry> {
  const personal = await unsealPersonal(row.personalSealed, dataKey, row.id)
  return {
    id: row.id,
    reference: row.reference,
    source: row.source,
    category: row.category as LedgerEntry['category'],
    state: row.state,
    step: row.step,
    communityId: row.communityId,
    stationId: row.stationId,
    receivedAt: row.receivedAt,
    preferredHandling: row.preferredHandling as LedgerEntry['preferredHandling'],
    jurisdiction: row.jurisdiction,
    complexity: row.complexity,
    holder: staffHolder(row),
    next: { kind: row.nextKind, dueAt: row.dueAt },
    pause: row.pausedAt && row.pauseReason ? { since: row.pausedAt, reason: row.pauseReason } : null,
    outcome: row.outcome,
    // A paused dispute's clock stands still: it is not overdue while it waits.
    overdue: !row.pausedAt && isOverdue(row.dueAt, now),
    dueSoon: !row.pausedAt && isDueSoon(row.dueAt, now, WARN_HOURS_BEFORE_DUE),
    referral: referralOf(row),
    parties: [personal.applicant, ...personal.otherParties].map((party) => ({
      name: maskName(party.name),
      phone: party.phone ? maskPhone(party.phone) : null,
    })),
    attachments: extras.attachments,
    lastProgressAt: extras.lastProgressAt,
    progressDue: isProgressDue(row, extras.lastProgressAt, now, PROGRESS_EVERY_DAYS),
    possibleDuplicateOf:
      row.possibleDuplicateOf && extras.duplicateReference
        ? { id: row.possibleDuplicateOf, reference: extras.duplicateReference, decision: row.duplicateDecision }
        : null,
  }
}

/** The extras of one entry (after a change), read on their own. */
export async function entryExtras(db: Db, row: DisputeRow): Promise<EntryExtras> {
  const [attachments] = await db
    .select({ n: count() })
    .from(disputeAttachment)
    .where(eq(disputeAttachment.disputeId, row.id))
  const [original] = row.possibleDuplicateOf
    ? await db.select({ reference: dispute.reference }).from(dispute).where(eq(dispute.id, row.possibleDuplicateOf))
    : []
  const [progress] = await db
    .select({ last: max(disputeProgress.at) })
    .from(disputeProgress)
    .where(eq(disputeProgress.disputeId, row.id))
  return {
    attachments: attachments?.n ?? 0,
    duplicateReference: original?.reference ?? null,
    lastProgressAt: progress?.last ?? null,
  }
}
