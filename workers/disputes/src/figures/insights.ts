import type { Scope } from '@platform/auth'
import type { DisputeInsights } from '@platform/contracts'
import { and, eq, gte, type SQL } from 'drizzle-orm'
import { INSIGHTS } from '../config'
import type { Db } from '../db'
import { dispute, disputeContact } from '../db/schema'
import { communityFigures, recurringTypes, repeatGroups } from '../rules/insights'

const DAY = 86_400_000

/**
 * What the station learns from types over the last months, in the actor's scope: repeat
 * addresses and parties (by keyed digest), recurring kinds per community, per-community figures.
 * References only: no personal data is unsealed for this.
 */
export async function insights(db: Db, scope: Scope, months: number, now = new Date()): Promise<DisputeInsights> {
  const since = new Date(now.getTime() - months * 30 * DAY).toISOString()
  const filters: SQL[] = [gte(dispute.receivedAt, since)]
  if (scope.level !== 'branch') filters.push(eq(dispute.stationId, scope.stationId ?? '-'))
  const where = and(...filters)
  const rows = await db
    .select({
      communityId: dispute.communityId,
      category: dispute.category,
      state: dispute.state,
      outcome: dispute.outcome,
      pausedAt: dispute.pausedAt,
      dueAt: dispute.dueAt,
    })
    .from(dispute)
    .where(where)
  const contacts = await db
    .select({
      digest: disputeContact.digest,
      kind: disputeContact.kind,
      disputeId: dispute.id,
      reference: dispute.reference,
      communityId: dispute.communityId,
    })
    .from(disputeContact)
    .innerJoin(dispute, eq(dispute.id, disputeContact.disputeId))
    .where(where)
  return {
    since,
    repeatAddresses: repeatGroups(contacts, 'address', INSIGHTS.maxGroups),
    repeatParties: repeatGroups(contacts, 'phone', INSIGHTS.maxGroups),
    recurringTypes: recurringTypes(rows, INSIGHTS.recurringMinimum) as DisputeInsights['recurringTypes'],
    communities: communityFigures(rows, now),
  }
}
