import type { DutyExceptionStatus } from '@platform/contracts'

export type ExceptionState = {
  status: 'requested' | 'approved' | 'rejected'
  expiresOn: string
  requestedBy: readonly string[]
  headsRequired: number
}

/** The state shown: an approved exception past its expiry date is `expired`. */
export function exceptionStatus(exception: Pick<ExceptionState, 'status' | 'expiresOn'>, today: string) {
  return (
    exception.status === 'approved' && exception.expiresOn < today ? 'expired' : exception.status
  ) satisfies DutyExceptionStatus
}

export type ExceptionRefusal = { status: 409 | 422; rule: `RULE_${string}`; message: string }

/**
 * A second station head signs a request where the station asks for both heads. The same head
 * cannot sign twice; a decided request takes no more signatures.
 */
export function checkCosign(exception: ExceptionState, headId: string): ExceptionRefusal | null {
  if (exception.status !== 'requested')
    return { status: 409, rule: 'RULE_EXCEPTION_DECIDED', message: 'The request has already been decided' }
  if (exception.requestedBy.includes(headId))
    return { status: 422, rule: 'RULE_SECOND_HEAD', message: 'The second signature must come from the other head' }
  if (exception.requestedBy.length >= exception.headsRequired)
    return { status: 409, rule: 'RULE_EXCEPTION_SIGNED', message: 'The request already has every signature it needs' }
  return null
}

/**
 * The branch decides a request once, and approves only one signed by as many station heads as
 * the station requires; it may reject one at any time before deciding.
 */
export function checkDecision(exception: ExceptionState, decision: 'approve' | 'reject'): ExceptionRefusal | null {
  if (exception.status !== 'requested')
    return { status: 409, rule: 'RULE_EXCEPTION_DECIDED', message: 'The request has already been decided' }
  if (decision === 'approve' && exception.requestedBy.length < exception.headsRequired)
    return {
      status: 422,
      rule: 'RULE_BOTH_HEADS_REQUIRED',
      message: 'This station requires both station heads to sign a duty exception request',
    }
  return null
}
