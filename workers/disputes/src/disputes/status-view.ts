import type { DisputeStatus } from '@platform/contracts'
import { asc, eq } from 'drizzle-orm'
import type { Db } from '../db'
import { type DisputeRow, disputeEvent } from '../db/schema'
import { maskName } from '../rules/masking'
import { surveyState } from '../rules/survey'
import { listAttachments } from './attachments'
import { publicHolder, referralOf } from './holder'
import { unsealPersonal } from './personal-data'
import { hasSurvey } from './survey'

/**
 * What the citizen's status link shows: the timeline and who holds the dispute now (a role and
 * a unit), what is next and by when, the receiving body of a referral with its contact. Names are
 * masked, phones and the address are left out; no internal note exists to show.
 */
export async function statusView(db: Db, row: DisputeRow, dataKey: string): Promise<DisputeStatus> {
  const events = await db
    .select()
    .from(disputeEvent)
    .where(eq(disputeEvent.disputeId, row.id))
    .orderBy(asc(disputeEvent.at), asc(disputeEvent.id))
  const personal = await unsealPersonal(row.personalSealed, dataKey, row.id)
  return {
    reference: row.reference,
    category: row.category as DisputeStatus['category'],
    state: row.state,
    step: row.step,
    receivedAt: row.receivedAt,
    holder: publicHolder(row),
    next: { kind: row.nextKind, dueAt: row.dueAt },
    pause: row.pausedAt && row.pauseReason ? { since: row.pausedAt, reason: row.pauseReason } : null,
    outcome: row.outcome,
    referral: referralOf(row),
    attachments: await listAttachments(db, row.id),
    survey: surveyState(row, await hasSurvey(db, row.id)),
    parties: [personal.applicant, ...personal.otherParties].map((party) => ({ name: maskName(party.name) })),
    timeline: events.map((event) => ({
      at: event.at,
      kind: event.kind,
      detail: event.detail,
      holder: event.holderRole ? publicHolder({ ...event, holderRole: event.holderRole }) : null,
    })),
  }
}
