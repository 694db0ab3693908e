import { describe, expect, it } from 'vitest'
import { BRANCH_RULES } from '../src/config'
import { checkTransferCompletion, checkTransferRequest, fullYearsInPost } from '../src/rules/transfer-rules'

describe('five years in post before a transfer', () => {
  it('keeps the minimum in the one configuration place', () => {
    expect(BRANCH_RULES.minYearsInPost).toBe(5)
  })

  it.each([
    { since: '2021-11-29', today: '2026-11-28', years: 4, rule: 'RULE_MIN_TENURE', case: '4 years 364 days' },
    { since: '2021-11-28', today: '2026-11-28', years: 5, rule: null, case: 'exactly 5 years (nearest pass)' },
    {
      since: '2020-02-29',
      today: '2025-02-28',
      years: 4,
      rule: 'RULE_MIN_TENURE',
      case: 'a leap-day start, the day before',
    },
    { since: '2020-02-29', today: '2025-03-01', years: 5, rule: null, case: 'a leap-day start, the day after' },
    { since: '2010-07-01', today: '2026-11-28', years: 16, rule: null, case: 'long in post' },
  ])('$case in post → $rule', ({ since, today, years, rule }) => {
    expect(fullYearsInPost(since, today)).toBe(years)
    expect(checkTransferRequest({ inPostSince: since }, {}, today)?.rule ?? null).toBe(rule)
  })

  it.each([
    { override: { reason: 'Promotion to the county bureau' }, rule: null },
    { override: { reason: '   ' }, rule: 'RULE_MIN_TENURE' },
    { override: undefined, rule: 'RULE_MIN_TENURE' },
  ])('under 5 years, an override with reason "$override.reason" → $rule', ({ override, rule }) => {
    expect(checkTransferRequest({ inPostSince: '2024-01-01' }, { override }, '2026-11-28')?.rule ?? null).toBe(rule)
  })
})

describe('replace first, then transfer', () => {
  it.each([
    {
      case: 'the leaving officer alone on the grid',
      grids: [{ gridId: 'g1', officersInPost: ['leaving'] }],
      rule: 'RULE_REPLACE_FIRST',
    },
    { case: 'nobody on the grid', grids: [{ gridId: 'g1', officersInPost: [] }], rule: 'RULE_REPLACE_FIRST' },
    {
      case: 'one of two grids replaced',
      grids: [
        { gridId: 'g1', officersInPost: ['leaving', 'new'] },
        { gridId: 'g2', officersInPost: ['leaving'] },
      ],
      rule: 'RULE_REPLACE_FIRST',
    },
    {
      case: 'a replacement in post (nearest pass)',
      grids: [{ gridId: 'g1', officersInPost: ['leaving', 'new'] }],
      rule: null,
    },
  ])('$case → $rule', ({ grids, rule }) => {
    const refusal = checkTransferCompletion('leaving', grids)
    expect(refusal?.rule ?? null).toBe(rule)
    if (refusal) expect(refusal.status).toBe(409)
  })
})
