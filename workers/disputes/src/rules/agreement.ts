import type { Refusal } from './handling'

/** A mediation agreement exists only for a dispute closed with an agreement (and not reopened since). */
export const checkAgreement = (dispute: { state: string; outcome: string | null; closedAt: string | null }) =>
  dispute.state === 'closed' && dispute.outcome === 'agreement' && dispute.closedAt
    ? null
    : ({ code: 'RULE_NO_AGREEMENT', message: 'The dispute was not closed with an agreement' } satisfies Refusal)
