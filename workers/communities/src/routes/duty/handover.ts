import { COMMUNITIES_CONFIG } from '../../config'
import { askWithin, disputesOf, officersOf } from '../../peers'
import type { ProblemRow } from './duty.queries'

export type HandoverPlace = { stationId: string; communityId: string | null; gridId: string | null; reportedOn: string }

/** What this side records of a hand-over after asking the other side. */
export type HandoverResult = Pick<
  ProblemRow,
  'officerId' | 'taskId' | 'disputeId' | 'disputeReference' | 'handoverFailure'
> & { status: 'requested' | 'sent' }

const notYet = (officerId: string | null, failure: NonNullable<ProblemRow['handoverFailure']>): HandoverResult => ({
  status: 'requested',
  officerId,
  taskId: null,
  disputeId: null,
  disputeReference: null,
  handoverFailure: failure,
})

/**
 * Sends a problem found on duty to the worker that acts on it: a task in the list of the grid's
 * responsible officer (officers worker), or a lead on the disputes ledger. The problem's id is the
 * hand-over id, so the other side creates its record once however often this is sent. A failing or
 * late peer, or nobody to send to, leaves the hand-over `requested` with the reason — never a 500.
 */
export async function sendHandover(
  env: Pick<Env, 'OFFICERS' | 'DISPUTES'>,
  problem: ProblemRow,
  to: 'task' | 'dispute_lead',
  place: HandoverPlace,
): Promise<HandoverResult> {
  const timeout = COMMUNITIES_CONFIG.peerTimeoutMs
  const summary = problem.description
  if (to === 'task') {
    // The officer asked first keeps the task: a retry goes to the same officer's list.
    let officerId = problem.officerId
    if (!officerId) {
      if (!place.gridId) return notYet(null, 'no_officer')
      const gridId = place.gridId
      const asked = await askWithin('officers', timeout, () => officersOf(env).responsibleOfficer(gridId))
      if (!asked.ok) return notYet(null, asked.reason)
      officerId = asked.value?.officerId ?? null
      if (!officerId) return notYet(null, 'no_officer')
    }
    const holder = officerId
    const created = await askWithin('officers', timeout, () =>
      officersOf(env).taskFromDutyProblem({
        handoverId: problem.id,
        officerId: holder,
        gridId: place.gridId,
        summary,
        reportedOn: place.reportedOn,
      }),
    )
    if (!created.ok) return notYet(holder, created.reason)
    return { ...notYet(holder, 'failed'), status: 'sent', taskId: created.value.taskId, handoverFailure: null }
  }
  if (!place.communityId) return notYet(null, 'no_community')
  const communityId = place.communityId
  const recorded = await askWithin('disputes', timeout, () =>
    disputesOf(env).leadFromDutyProblem({
      handoverId: problem.id,
      communityId,
      stationId: place.stationId,
      gridId: place.gridId,
      summary,
      reportedOn: place.reportedOn,
    }),
  )
  if (!recorded.ok) return notYet(null, recorded.reason)
  return {
    ...notYet(null, 'failed'),
    status: 'sent',
    disputeId: recorded.value.disputeId,
    disputeReference: recorded.value.reference,
    handoverFailure: null,
  }
}
