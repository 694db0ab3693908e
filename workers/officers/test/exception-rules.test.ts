import { describe, expect, it } from 'vitest'
import { checkCosign, checkDecision, exceptionStatus } from '../src/rules/exception-rules'

const request = (facts: Partial<Parameters<typeof checkDecision>[0]> = {}) => ({
  status: 'requested' as const,
  expiresOn: '2026-12-06',
  requestedBy: ['head-1'],
  headsRequired: 1,
  ...facts,
})

describe('duty exception state', () => {
  it.each([
    { status: 'approved' as const, expiresOn: '2026-11-27', today: '2026-11-28', shown: 'expired' },
    { status: 'approved' as const, expiresOn: '2026-11-28', today: '2026-11-28', shown: 'approved' },
    { status: 'requested' as const, expiresOn: '2026-11-27', today: '2026-11-28', shown: 'requested' },
    { status: 'rejected' as const, expiresOn: '2026-11-27', today: '2026-11-28', shown: 'rejected' },
  ])('$status expiring $expiresOn shows as $shown on $today', ({ status, expiresOn, today, shown }) => {
    expect(exceptionStatus({ status, expiresOn }, today)).toBe(shown)
  })
})

describe('deciding a duty exception', () => {
  it.each([
    { case: 'one head signed, one required: approve', facts: {}, decision: 'approve' as const, rule: null },
    { case: 'one head signed, one required: reject', facts: {}, decision: 'reject' as const, rule: null },
    {
      case: 'one head signed where both are required: approve',
      facts: { headsRequired: 2 },
      decision: 'approve' as const,
      rule: 'RULE_BOTH_HEADS_REQUIRED',
    },
    {
      case: 'both heads signed where both are required: approve',
      facts: { headsRequired: 2, requestedBy: ['head-1', 'head-2'] },
      decision: 'approve' as const,
      rule: null,
    },
    {
      case: 'one head signed where both are required: reject',
      facts: { headsRequired: 2 },
      decision: 'reject' as const,
      rule: null,
    },
    {
      case: 'already approved',
      facts: { status: 'approved' as const },
      decision: 'reject' as const,
      rule: 'RULE_EXCEPTION_DECIDED',
    },
  ])('$case → $rule', ({ facts, decision, rule }) => {
    expect(checkDecision(request(facts), decision)?.rule ?? null).toBe(rule)
  })
})

describe('the second head signing', () => {
  it.each([
    { case: 'the other head signs', facts: { headsRequired: 2 }, head: 'head-2', rule: null },
    { case: 'the same head signs again', facts: { headsRequired: 2 }, head: 'head-1', rule: 'RULE_SECOND_HEAD' },
    { case: 'a station that needs one head', facts: {}, head: 'head-2', rule: 'RULE_EXCEPTION_SIGNED' },
    {
      case: 'a decided request',
      facts: { headsRequired: 2, status: 'rejected' as const },
      head: 'head-2',
      rule: 'RULE_EXCEPTION_DECIDED',
    },
  ])('$case → $rule', ({ facts, head, rule }) => {
    expect(checkCosign(request(facts), head)?.rule ?? null).toBe(rule)
  })
})
