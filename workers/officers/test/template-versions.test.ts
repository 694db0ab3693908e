import { describe, expect, it } from 'vitest'
import { makesItemsFor, planTemplateEdit } from '../src/rules/template-versions'

// 2026-12-02 is a Wednesday (Beijing calendar).
describe('an edit of a task template', () => {
  it.each([
    { why: 'no list holds it yet', cadence: 'weekly', hasLists: false, plan: { how: 'in_place' } },
    {
      why: 'weekly lists exist',
      cadence: 'weekly',
      hasLists: true,
      plan: { how: 'new_version', validFrom: '2026-12-07' },
    },
    {
      why: 'daily lists exist',
      cadence: 'daily',
      hasLists: true,
      plan: { how: 'new_version', validFrom: '2026-12-03' },
    },
    {
      why: 'half-monthly lists exist (second half ends with the month)',
      cadence: 'half_monthly',
      hasLists: true,
      plan: { how: 'new_version', validFrom: '2026-12-16' },
    },
    {
      why: 'monthly lists exist',
      cadence: 'monthly',
      hasLists: true,
      plan: { how: 'new_version', validFrom: '2027-01-01' },
    },
    {
      why: 'quarterly lists exist',
      cadence: 'quarterly',
      hasLists: true,
      plan: { how: 'new_version', validFrom: '2027-01-01' },
    },
    {
      why: 'annual lists exist',
      cadence: 'annual',
      hasLists: true,
      plan: { how: 'new_version', validFrom: '2027-01-01' },
    },
  ] as const)('applies $plan.how when $why', ({ cadence, hasLists, plan }) => {
    expect(planTemplateEdit({ active: true, cadence }, hasLists, '2026-12-02')).toEqual(plan)
  })

  it.each([{ hasLists: true }, { hasLists: false }])(
    'is refused with RULE_TEMPLATE_RETIRED on a retired template (lists: $hasLists)',
    ({ hasLists }) => {
      expect(planTemplateEdit({ active: false, cadence: 'weekly' }, hasLists, '2026-12-02')).toMatchObject({
        rule: 'RULE_TEMPLATE_RETIRED',
      })
    },
  )
})

describe('which periods a version makes items for', () => {
  it.each([
    { validFrom: null, start: '2026-11-30', makes: true },
    { validFrom: '2026-12-07', start: '2026-11-30', makes: false },
    { validFrom: '2026-12-07', start: '2026-12-06', makes: false },
    { validFrom: '2026-12-07', start: '2026-12-07', makes: true },
    { validFrom: '2026-12-07', start: '2026-12-14', makes: true },
  ])('from $validFrom, a period starting $start: $makes', ({ validFrom, start, makes }) => {
    expect(makesItemsFor({ validFrom }, { start, end: start })).toBe(makes)
  })
})
