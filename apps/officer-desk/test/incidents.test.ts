import type { IncidentRecord } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { monthlyChanges, relativeChange, shiftMonth } from '../src/incidents/incident-changes'
import { checkIncident } from '../src/incidents/incident-rules'

const record = (month: string, type: IncidentRecord['type'], count: number): IncidentRecord => ({
  communityId: 'c1',
  month,
  type,
  count,
})

describe('month-on-month and year-on-year changes of the safety indicators', () => {
  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-03', -12, '2025-03'],
    ['2026-12', 1, '2027-01'],
    ['2026-10', 0, '2026-10'],
  ])('%s shifted by %i is %s', (month, offset, expected) => {
    expect(shiftMonth(month, offset)).toBe(expected)
  })

  it('has no change without incidents to compare with', () => {
    expect(relativeChange(5, 0)).toBeNull()
    expect(relativeChange(0, 4)).toBe(-1)
  })

  it("computes the article's −43 % year on year and −8.6 % month on month", () => {
    const rows = monthlyChanges([
      record('2025-10', 'theft', 100),
      record('2026-09', 'telecom_fraud', 500),
      record('2026-10', 'telecom_fraud', 457),
      record('2026-10', 'theft', 57),
    ])
    const october = rows[0]
    expect(october?.month).toBe('2026-10')
    expect(october?.cells.theft).toEqual({ count: 57, monthOnMonth: null, yearOnYear: -0.43 })
    expect(october?.cells.telecom_fraud.monthOnMonth).toBeCloseTo(-0.086, 10)
    expect(october?.cells.telecom_fraud.yearOnYear).toBeNull()
  })

  it('lists each month on record once, newest first, a missing type counting zero', () => {
    const rows = monthlyChanges([
      record('2026-09', 'theft', 4),
      record('2026-10', 'burglary', 1),
      record('2026-09', 'other', 2),
    ])
    expect(rows.map((r) => r.month)).toEqual(['2026-10', '2026-09'])
    expect(rows[0]?.cells.theft).toEqual({ count: 0, monthOnMonth: -1, yearOnYear: null })
    expect(rows[1]?.cells.burglary.count).toBe(0)
  })
})

describe('the incident form checks what the API checks', () => {
  const now = '2026-11'
  it.each([
    [{ month: '2026-11', type: 'theft', count: '0' }, {}],
    [{ month: '2026-12', type: 'theft', count: '3' }, { month: 'futureMonth' }],
    [
      { month: '', type: '', count: '' },
      { month: 'required', type: 'required', count: 'required' },
    ],
    [{ month: '2026-13', type: 'theft', count: '3' }, { month: 'month' }],
    [{ month: '2026-10', type: 'theft', count: '-2' }, { count: 'count' }],
    [{ month: '2026-10', type: 'theft', count: '100001' }, { count: 'count' }],
  ])('%j → %j', (values, errors) => {
    expect(checkIncident(values, now).errors).toEqual(errors)
  })

  it('sends the count as a number', () => {
    expect(checkIncident({ month: '2026-10', type: 'telecom_fraud', count: '12' }, now).input).toEqual({
      month: '2026-10',
      type: 'telecom_fraud',
      count: 12,
    })
  })
})
