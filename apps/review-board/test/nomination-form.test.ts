import { describe, expect, it } from 'vitest'
import { checkNomination, fieldErrorsOf } from '../src/nomination-form'

const OFFICER = '01JD00000000000000000000E1'
const valid = { kind: 'star_of_quarter', officerId: OFFICER, period: '2024-Q3', reason: 'Led the flood evacuation' }

describe('a nomination form checks what the browser can tell, field by field', () => {
  it.each([
    ['a star of the quarter for a quarter', valid, {}],
    ['an annual commendation for a year', { ...valid, kind: 'annual_commendation', period: '2024' }, {}],
    ['a promotion preference for a year', { ...valid, kind: 'promotion_preference', period: '2024' }, {}],
    ['a star of the quarter for a year', { ...valid, period: '2024' }, { period: 'nfile.error.quarter' }],
    ['a commendation for a quarter', { ...valid, kind: 'annual_commendation' }, { period: 'nfile.error.year' }],
    ['an unknown kind', { ...valid, kind: 'medal' }, { kind: 'nfile.error.kind' }],
    ['a malformed officer id', { ...valid, officerId: 'E1' }, { officerId: 'nfile.error.officerId' }],
    ['an empty reason', { ...valid, reason: '  ' }, { reason: 'nfile.error.required' }],
    ['an empty period', { ...valid, period: '' }, { period: 'nfile.error.required' }],
  ])('%s', (_, input, errors) => {
    const checked = checkNomination(input)
    expect(checked.errors).toEqual(errors)
    expect(checked.body === null).toBe(Object.keys(errors).length > 0)
  })
})

describe("the server's refusal is tied to the field it names", () => {
  it.each([
    ['PERIOD_MISMATCH', null, { period: 'nfile.error.periodMismatch' }],
    ['NOT_FOUND', null, { officerId: 'nfile.error.noSheet' }],
    [
      'VALIDATION_FAILED',
      { fields: [{ path: 'reason' }, { path: 'declaredTies.0.memberId' }] },
      { reason: 'nfile.error.invalid' },
    ],
    ['RULE_QUOTA', null, {}],
    ['RULE_ONE_STAR', null, {}],
  ])('%s', (code, details, errors) => {
    expect(fieldErrorsOf(code, details)).toEqual(errors)
  })
})
