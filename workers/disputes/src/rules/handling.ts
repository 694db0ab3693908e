import type { DisputeState } from '@platform/contracts'

export type Refusal = { code: `RULE_${string}`; message: string }
type Handled = { state: DisputeState; pausedAt: string | null; dueAt: string | null }

const finished = (state: DisputeState) => state === 'referred' || state === 'closed'
const closedRefusal: Refusal = { code: 'RULE_DISPUTE_CLOSED', message: 'The dispute is referred or closed' }

/** Pausing stops the clock; only an open dispute that is not paused already can be paused. */
export function checkPause(dispute: Handled): Refusal | null {
  if (finished(dispute.state)) return closedRefusal
  if (dispute.pausedAt) return { code: 'RULE_ALREADY_PAUSED', message: 'The dispute is paused already' }
  return null
}

/** Only a paused dispute resumes. */
export function checkResume(dispute: Handled): Refusal | null {
  if (finished(dispute.state)) return closedRefusal
  if (!dispute.pausedAt) return { code: 'RULE_NOT_PAUSED', message: 'The dispute is not paused' }
  return null
}

/** A dispute held here closes with an outcome; a referred one closes at the receiving body. */
export const checkClose = (dispute: Handled): Refusal | null => (finished(dispute.state) ? closedRefusal : null)

/**
 * The deadline after a pause: moved on by exactly the time the dispute was paused, so the
 * citizen's wait for another party does not count against the staff.
 */
export function dueAfterPause(dueAt: string | null, pausedAt: string, now: Date): string | null {
  if (dueAt === null) return null
  const paused = Math.max(0, now.getTime() - Date.parse(pausedAt))
  return new Date(Date.parse(dueAt) + paused).toISOString()
}

/** A closed dispute may be reopened within the window after it closed; not a referred one. */
export function checkReopen(
  dispute: { state: DisputeState; closedAt: string | null },
  now: Date,
  withinDays: number,
): Refusal | null {
  if (dispute.state !== 'closed' || !dispute.closedAt) {
    return { code: 'RULE_NOT_CLOSED', message: 'Only a closed dispute is reopened' }
  }
  if (now.getTime() - Date.parse(dispute.closedAt) > withinDays * 24 * 60 * 60 * 1000) {
    return { code: 'RULE_REOPEN_WINDOW_PASSED', message: `A dispute is reopened within ${withinDays} days of closing` }
  }
  return null
}

/** A return visit is due only after an agreement (the protection step). */
export const checkReturnVisit = (dispute: { nextKind: string }): Refusal | null =>
  dispute.nextKind === 'return_visit'
    ? null
    : { code: 'RULE_NO_RETURN_VISIT_DUE', message: 'No return visit is due for this dispute' }
