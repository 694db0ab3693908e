import { describe, expect, it } from 'vitest'
import { checkRegistration, errorsFromApi, type FormValues } from '../src/dashboard/registration-rules'

const valid: FormValues = {
  communityId: '01JD0000000000000000000C01',
  month: '2026-10',
  floatingKnown: '400',
  floatingRegistered: '390',
  rentalKnown: '120',
  rentalRegistered: '120',
  illegalRentalPenalties: '3',
}

describe('the registration form checks what the API checks, on the field', () => {
  it.each([
    { why: 'valid figures', patch: {}, errors: {} },
    { why: 'registered equal to known (nearest pass)', patch: { floatingRegistered: '400' }, errors: {} },
    { why: 'the current month (nearest pass)', patch: { month: '2026-11' }, errors: {} },
    {
      why: 'registered above known',
      patch: { floatingRegistered: '401' },
      errors: { floatingRegistered: 'overKnown' },
    },
    { why: 'rental homes above known', patch: { rentalRegistered: '121' }, errors: { rentalRegistered: 'overKnown' } },
    { why: 'a negative count', patch: { illegalRentalPenalties: '-1' }, errors: { illegalRentalPenalties: 'count' } },
    { why: 'a fraction', patch: { floatingKnown: '400.5' }, errors: { floatingKnown: 'count' } },
    { why: 'over a million', patch: { rentalKnown: '1000001' }, errors: { rentalKnown: 'count' } },
    { why: 'an empty count', patch: { rentalKnown: '' }, errors: { rentalKnown: 'required' } },
    { why: 'a month to come', patch: { month: '2026-12' }, errors: { month: 'futureMonth' } },
    { why: 'no month', patch: { month: '' }, errors: { month: 'required' } },
    { why: 'no community', patch: { communityId: '' }, errors: { communityId: 'required' } },
  ])('$why', ({ patch, errors }) => {
    expect(checkRegistration({ ...valid, ...patch }, '2026-11').errors).toEqual(errors)
  })

  it('reads the API’s 400 fields as the form’s errors', () => {
    expect(
      errorsFromApi([
        { path: 'floatingRegistered', code: 'custom' },
        { path: 'month', code: 'future_month' },
        { path: 'rentalKnown', code: 'too_small' },
      ]),
    ).toEqual({ floatingRegistered: 'overKnown', month: 'futureMonth', rentalKnown: 'count' })
  })
})
