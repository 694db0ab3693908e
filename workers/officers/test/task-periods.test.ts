import { describe, expect, it } from 'vitest'
import { periodOf, periodsIn, viewWindow } from '../src/rules/task-periods'

describe('the period of a task list holding a date', () => {
  it.each([
    { cadence: 'daily', date: '2026-11-28', start: '2026-11-28', end: '2026-11-28' },
    // Weeks run Monday to Sunday: a Sunday closes the week, the Monday after opens the next.
    { cadence: 'weekly', date: '2026-11-29', start: '2026-11-23', end: '2026-11-29' },
    { cadence: 'weekly', date: '2026-11-30', start: '2026-11-30', end: '2026-12-06' },
    // Half months: the 15th closes the first half, the 16th opens the second, which ends with the month.
    { cadence: 'half_monthly', date: '2026-11-15', start: '2026-11-01', end: '2026-11-15' },
    { cadence: 'half_monthly', date: '2026-11-16', start: '2026-11-16', end: '2026-11-30' },
    { cadence: 'half_monthly', date: '2028-02-20', start: '2028-02-16', end: '2028-02-29' },
    { cadence: 'monthly', date: '2027-02-10', start: '2027-02-01', end: '2027-02-28' },
    { cadence: 'monthly', date: '2028-02-10', start: '2028-02-01', end: '2028-02-29' },
    // Quarters: the last day of March is in the first, the first of April opens the second.
    { cadence: 'quarterly', date: '2026-03-31', start: '2026-01-01', end: '2026-03-31' },
    { cadence: 'quarterly', date: '2026-04-01', start: '2026-04-01', end: '2026-06-30' },
    { cadence: 'quarterly', date: '2026-11-28', start: '2026-10-01', end: '2026-12-31' },
    { cadence: 'annual', date: '2026-11-28', start: '2026-01-01', end: '2026-12-31' },
  ] as const)('$cadence on $date runs $start – $end', ({ cadence, date, start, end }) => {
    expect(periodOf(cadence, date)).toEqual({ start, end })
  })
})

describe('the window of a task view', () => {
  it.each([
    { view: 'day', date: '2026-11-28', from: '2026-11-28', to: '2026-11-28' },
    { view: 'week', date: '2026-11-28', from: '2026-11-23', to: '2026-11-29' },
    { view: 'month', date: '2026-11-28', from: '2026-11-01', to: '2026-11-30' },
    { view: 'quarter', date: '2026-11-28', from: '2026-10-01', to: '2026-12-31' },
    { view: 'year', date: '2026-11-28', from: '2026-01-01', to: '2026-12-31' },
  ] as const)('$view of $date is $from – $to', ({ view, date, from, to }) => {
    expect(viewWindow(view, date)).toEqual({ from, to })
  })
})

describe('the periods overlapping a window', () => {
  it('finds both halves of a month', () => {
    expect(periodsIn('half_monthly', '2026-11-01', '2026-11-30')).toEqual([
      { start: '2026-11-01', end: '2026-11-15' },
      { start: '2026-11-16', end: '2026-11-30' },
    ])
  })

  it('finds the one period holding a single day', () => {
    expect(periodsIn('quarterly', '2026-11-28', '2026-11-28')).toEqual([{ start: '2026-10-01', end: '2026-12-31' }])
  })

  it('finds seven days in a week', () => {
    expect(periodsIn('daily', '2026-11-23', '2026-11-29')).toHaveLength(7)
  })
})
