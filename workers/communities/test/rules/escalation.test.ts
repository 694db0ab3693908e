import { describe, expect, it } from 'vitest'
import { escalationRefusal, needsSending } from '../../src/rules/duty'

describe('a problem found on duty is handed over one way', () => {
  it.each([
    { why: 'a first hand-over as a task', escalation: 'none', to: 'task', refusal: null },
    { why: 'a first hand-over as a lead', escalation: 'none', to: 'dispute_lead', refusal: null },
    { why: 'a task handed over as a task again', escalation: 'task', to: 'task', refusal: null },
    { why: 'a lead handed over as a lead again', escalation: 'dispute_lead', to: 'dispute_lead', refusal: null },
    { why: 'a task turned into a lead', escalation: 'task', to: 'dispute_lead', refusal: 'already_escalated' },
    { why: 'a lead turned into a task', escalation: 'dispute_lead', to: 'task', refusal: 'already_escalated' },
  ] as const)('$why', ({ escalation, to, refusal }) => {
    expect(escalationRefusal({ escalation }, to)).toBe(refusal)
  })
})

describe('a hand-over is sent until the other side has taken it, then never again', () => {
  it.each([
    { why: 'a new hand-over', escalation: 'none', status: 'none', send: true },
    { why: 'a task the officers worker has not taken yet', escalation: 'task', status: 'requested', send: true },
    {
      why: 'a lead the disputes worker has not taken yet',
      escalation: 'dispute_lead',
      status: 'requested',
      send: true,
    },
    { why: 'a task already sent', escalation: 'task', status: 'sent', send: false },
    { why: 'a lead already sent', escalation: 'dispute_lead', status: 'sent', send: false },
    { why: 'a closed hand-over', escalation: 'task', status: 'closed', send: false },
  ] as const)('$why', ({ escalation, status, send }) => {
    expect(needsSending({ escalation, status })).toBe(send)
  })
})
