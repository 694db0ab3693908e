import { type DutyLeadHandover, type DutyLeadRecorded, Id } from '@platform/contracts'
import { runIdempotent } from '@platform/server-kit'
import type { Db } from '../db'
import { createDispute } from './create-dispute'

/** Who records it: the communities worker, for the joint-defence group that found it. */
const CALLER = 'system:communities'
const OPERATION = 'dispute.lead.duty_problem'
// The same hand-over must answer the same lead for as long as a retry can come, not just a day.
const KEEP_MS = 10 * 365 * 24 * 60 * 60 * 1000

/**
 * A dispute lead from a problem found on joint-defence duty, recorded like the staff's disputes
 * "found in the community" (source `community`, at the Qihe Station's desk, first contact due)
 * but with no personal data: no applicant, contact or address is known, only what the group wrote.
 * The idempotency record keyed by the hand-over id goes in the dispute's batch, so a retry after a
 * failure or a timeout on the caller's side answers the same lead and records nothing new.
 */
export async function leadFromDutyProblem(
  db: Db,
  dataKey: string,
  handover: DutyLeadHandover,
): Promise<DutyLeadRecorded> {
  for (const field of ['handoverId', 'communityId', 'stationId'] as const)
    if (!Id.safeParse(handover[field]).success) throw new Error(`${field} must be an opaque id`)
  if (handover.gridId !== null && !Id.safeParse(handover.gridId).success) throw new Error('gridId must be an opaque id')
  const answer = await runIdempotent(
    db,
    {
      caller: CALLER,
      operation: OPERATION,
      key: handover.handoverId,
      body: { handoverId: handover.handoverId },
      sealKey: dataKey,
      ttlMs: KEEP_MS,
    },
    (remember) =>
      createDispute(
        db,
        {
          intake: {
            category: 'other',
            description: `联防巡查发现（${handover.reportedOn}）/ Found on joint-defence duty: ${handover.summary.trim()}`,
            communityId: handover.communityId,
            address: '',
            applicant: { name: '', phone: '' },
            otherParties: [],
            preferredHandling: 'no_preference',
            consent: true,
          },
          place: { stationId: handover.stationId, gridId: handover.gridId },
          dataKey,
          requestId: `handover-${handover.handoverId}`,
          source: 'community',
          actorId: CALLER,
          withId: true,
        },
        remember,
      ),
  )
  const { id, reference } = answer.body as { id: string; reference: string }
  return { disputeId: id, reference }
}
