import type { DutyProblem } from '@platform/contracts'

// How a problem's hand-over reads on the report: not handed over (offer both ways), requested but
// not taken by the other side (the reason, and a retry the same way), or handed over (the task or
// the dispute reference). The worker sends a hand-over once whatever the retries.

export type HandoverState =
  | { step: 'open' }
  | { step: 'requested'; to: 'task' | 'dispute_lead'; reason: DutyProblem['handoverFailure'] }
  | { step: 'sent'; to: 'task' | 'dispute_lead'; reference: string | null }
  | { step: 'closed'; to: 'task' | 'dispute_lead' }

export function handoverState(problem: DutyProblem): HandoverState {
  if (problem.escalation === 'none') return { step: 'open' }
  const to = problem.escalation
  if (problem.status === 'sent')
    return { step: 'sent', to, reference: to === 'task' ? problem.taskId : problem.disputeReference }
  if (problem.status === 'closed') return { step: 'closed', to }
  // No reason: asked, and not sent yet (nothing failed on record).
  return { step: 'requested', to, reason: problem.handoverFailure }
}
