import { describe, expect, it } from 'vitest'
import { addMonths, isFutureMonth, monthsEnding, monthsOfQuarter, quarterOfMonth } from '../../src/rules/calendar'
import { registrationRates } from '../../src/rules/registration'

const counts = (floatingKnown: number, floatingRegistered: number, rentalKnown: number, rentalRegistered: number) => ({
  floatingKnown,
  floatingRegistered,
  rentalKnown,
  rentalRegistered,
})

describe('registration rates and "double 100 %"', () => {
  it.each([
    { why: 'both complete', c: counts(400, 400, 120, 120), floating: 1, rental: 1, double: true },
    {
      why: 'one person short (nearest miss)',
      c: counts(400, 399, 120, 120),
      floating: 0.9975,
      rental: 1,
      double: false,
    },
    { why: 'one home short', c: counts(400, 400, 120, 119), floating: 1, rental: 119 / 120, double: false },
    { why: 'the district figure', c: counts(1000, 975, 300, 291), floating: 0.975, rental: 0.97, double: false },
    {
      why: 'nothing known to register counts as complete',
      c: counts(0, 0, 0, 0),
      floating: 1,
      rental: 1,
      double: true,
    },
    { why: 'nothing registered', c: counts(50, 0, 10, 0), floating: 0, rental: 0, double: false },
  ])('$why', ({ c, floating, rental, double }) => {
    const rates = registrationRates(c)
    expect(rates.floatingRate).toBeCloseTo(floating, 10)
    expect(rates.rentalRate).toBeCloseTo(rental, 10)
    expect(rates.doubleHundred).toBe(double)
  })

  it('follows a lower target when a station sets one', () => {
    expect(registrationRates(counts(1000, 975, 100, 98), 0.975).doubleHundred).toBe(true)
    expect(registrationRates(counts(1000, 974, 100, 98), 0.975).doubleHundred).toBe(false)
  })
})

describe('months in Asia/Shanghai', () => {
  it.each([
    { month: '2026-11', today: '2026-11-28', future: false },
    { month: '2026-12', today: '2026-11-30', future: true },
    { month: '2027-01', today: '2026-12-31', future: true },
    { month: '2026-12', today: '2026-12-01', future: false },
    { month: '2025-12', today: '2026-01-01', future: false },
  ])('$month is future on $today: $future', ({ month, today, future }) => {
    expect(isFutureMonth(month, today)).toBe(future)
  })

  it('steps over year ends', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(addMonths('2025-12', 1)).toBe('2026-01')
    expect(monthsEnding('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })

  it('finds the quarter of a month and the months of a quarter', () => {
    expect(quarterOfMonth('2026-10')).toBe('2026-Q4')
    expect(quarterOfMonth('2026-03')).toBe('2026-Q1')
    expect(monthsOfQuarter('2026-Q3')).toEqual(['2026-07', '2026-08', '2026-09'])
  })
})
