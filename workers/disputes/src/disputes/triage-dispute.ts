import type { ResponsibleOfficer, TriageDecision } from '@platform/contracts'
import { ruleBroken } from '@platform/server-kit'
import { writeWithAudit } from '@platform/server-kit/audit'
import { eq } from 'drizzle-orm'
import { disputeDeadlines } from '../config'
import type { Db } from '../db'
import { type DisputeRow, dispute, disputeEvent } from '../db/schema'
import { askPeer, communitiesOf, officersOf } from '../peers'
import { deadlineFor } from '../rules/deadlines'
import { isRefusal, triage } from '../rules/triage'
import { newId } from './new-id'

type Who = { actorId: string; requestId: string }

/**
 * Applies a triage decision: asks officers for the grid's responsible officer when the dispute
 * is police business, names the unit (station, or the receiving body of a referral), computes
 * the new deadline, and stores the change, a timeline entry and the audit row in one batch.
 */
export async function triageDispute(
  db: Db,
  env: Pick<Env, 'OFFICERS' | 'COMMUNITIES'>,
  row: DisputeRow,
  decision: TriageDecision,
  who: Who,
  now = new Date(),
): Promise<DisputeRow> {
  const gridId = row.gridId
  const responsible: ResponsibleOfficer | null =
    decision.jurisdiction === 'police' && decision.complexity === 'simple' && gridId
      ? await askPeer('officers', () => officersOf(env).responsibleOfficer(gridId))
      : null
  const outcome = triage(row.state, decision, responsible)
  if (isRefusal(outcome)) throw ruleBroken(outcome.code, outcome.message)

  let unit: { zh: string; en: string } | null = null
  if (decision.jurisdiction === 'police') {
    const stations = await askPeer('communities', () => communitiesOf(env).stations())
    unit = stations.find((station) => station.id === row.stationId)?.name ?? null
  } else {
    // The receiving body is named as staff typed it; it shows in both languages alike.
    unit = { zh: decision.body, en: decision.body }
  }
  const at = now.toISOString()
  const change = {
    state: outcome.state,
    // Taken by police staff, mediation begins; a referral is mediated by the receiving body.
    step: outcome.state === 'assigned' ? ('mediation' as const) : row.step,
    jurisdiction: decision.jurisdiction,
    complexity: decision.jurisdiction === 'police' ? decision.complexity : null,
    holderRole: outcome.holderRole,
    holderOfficerId: outcome.holderOfficerId,
    holderNameZh: outcome.holderName?.zh ?? null,
    holderNameEn: outcome.holderName?.en ?? null,
    holderUnitZh: unit?.zh ?? null,
    holderUnitEn: unit?.en ?? null,
    referralChannel: decision.jurisdiction === 'not_police' ? decision.channel : null,
    referralBody: decision.jurisdiction === 'not_police' ? decision.body : null,
    referralContact: decision.jurisdiction === 'not_police' ? decision.contact : null,
    referralTheirReference: decision.jurisdiction === 'not_police' ? (decision.theirReference ?? null) : null,
    nextKind: outcome.nextKind,
    dueAt: outcome.tier ? deadlineFor(outcome.tier, now, disputeDeadlines).toISOString() : null,
    triagedAt: at,
    updatedAt: at,
  }
  await writeWithAudit(
    db,
    [
      db.update(dispute).set(change).where(eq(dispute.id, row.id)),
      db.insert(disputeEvent).values({
        id: newId(now.getTime()),
        disputeId: row.id,
        at,
        kind: outcome.event,
        holderRole: outcome.holderRole,
        holderUnitZh: change.holderUnitZh,
        holderUnitEn: change.holderUnitEn,
      }),
    ],
    {
      ...who,
      action: 'dispute.triage',
      entity: 'dispute',
      entityId: row.id,
      before: { state: row.state, holderRole: row.holderRole, holderOfficerId: row.holderOfficerId },
      after: { state: change.state, holderRole: change.holderRole, holderOfficerId: change.holderOfficerId },
    },
  )
  return { ...row, ...change }
}
