import type { DisputeState, HolderRole, Label, ResponsibleOfficer, TriageDecision } from '@platform/contracts'
import type { DeadlineTier } from './deadlines'

/** Where a triage decision sends a dispute: its new state, holder and deadline tier. */
export type TriageOutcome = {
  state: DisputeState
  holderRole: HolderRole
  holderOfficerId: string | null
  holderName: Label | null
  tier: DeadlineTier | null
  nextKind: 'resolve' | 'handover' | 'none'
  event: 'assigned' | 'escalated' | 'referred'
}

export type TriageRefusal = { code: 'RULE_DISPUTE_CLOSED'; message: string }

/** States in which the station has let go of a dispute: no triage changes them any more. */
const FINISHED: readonly DisputeState[] = ['referred', 'closed']

/**
 * Tiered handling (domain.md, "Disputes"): police business and simple → the responsible
 * community officer (A role) of the grid; police and complex → the team leader of that area
 * (the officers worker names no team leader per grid yet, so the station holds it at team-leader
 * level until it names one); not police business → a referral to one of the three mediations,
 * handed over at once when the receiving body's reference is known, else within the referral
 * deadline. A simple dispute in a grid with nobody responsible goes to the station to assign.
 */
export function triage(
  state: DisputeState,
  decision: TriageDecision,
  responsible: ResponsibleOfficer | null,
): TriageOutcome | TriageRefusal {
  if (FINISHED.includes(state)) {
    return { code: 'RULE_DISPUTE_CLOSED', message: 'A referred or closed dispute is no longer triaged here' }
  }
  if (decision.jurisdiction === 'not_police') {
    const handedOver = decision.theirReference !== undefined
    return {
      state: handedOver ? 'referred' : 'referral_pending',
      holderRole: handedOver ? 'referred' : 'qihe_desk',
      holderOfficerId: null,
      holderName: null,
      tier: handedOver ? null : 'referral',
      nextKind: handedOver ? 'none' : 'handover',
      event: 'referred',
    }
  }
  if (decision.complexity === 'complex') {
    return {
      state: 'assigned',
      holderRole: 'team_leader',
      holderOfficerId: null,
      holderName: null,
      tier: 'complex',
      nextKind: 'resolve',
      event: 'escalated',
    }
  }
  return {
    state: 'assigned',
    holderRole: responsible ? 'community_officer' : 'station',
    holderOfficerId: responsible?.officerId ?? null,
    holderName: responsible?.name ?? null,
    tier: 'simple',
    nextKind: 'resolve',
    event: 'assigned',
  }
}

export const isRefusal = (outcome: TriageOutcome | TriageRefusal): outcome is TriageRefusal => 'code' in outcome
