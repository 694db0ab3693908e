import type { Refusal } from './handling'

/**
 * A duplicate flag is decided once by staff: linked to the flagged dispute or dismissed. Both
 * disputes stay as they are (nothing merges); a dispute never flagged has nothing to decide.
 */
export function checkDuplicateDecision(dispute: {
  possibleDuplicateOf: string | null
  duplicateDecision: string | null
}): Refusal | null {
  if (!dispute.possibleDuplicateOf) {
    return { code: 'RULE_NO_DUPLICATE_FLAG', message: 'This dispute is not flagged as a possible duplicate' }
  }
  if (dispute.duplicateDecision) {
    return { code: 'RULE_DUPLICATE_DECIDED', message: 'The duplicate flag was decided already' }
  }
  return null
}

/** Associated data of the sealed reason (this dispute, this field). */
export const duplicateReasonAad = (disputeId: string) => `${disputeId}:duplicate-reason`
