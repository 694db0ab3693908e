import type { CaseSummary, NominationSummary } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { csvField, toCsv } from '../src/csv'
import { quarterOfDay, quartersBack } from '../src/quarters'
import { queueRows } from '../src/queue-rows'

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [98.88, '98.88'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('starts with a BOM and ends every row with CRLF', () => {
    expect(toCsv(['排名', '民警'], [[1, '唐辉']])).toBe('\uFEFF排名,民警\r\n1,唐辉\r\n')
  })
})

describe('quarters', () => {
  it.each([
    ['2024-01-01', '2024-Q1'],
    ['2024-08-14', '2024-Q3'],
    ['2024-12-31', '2024-Q4'],
  ])('%s lies in %s', (day, quarter) => {
    expect(quarterOfDay(day)).toBe(quarter)
  })

  it('counts quarters back over a year end', () => {
    expect(quartersBack('2025-Q2', 4)).toEqual(['2025-Q2', '2025-Q1', '2024-Q4', '2024-Q3'])
  })
})

describe('the board queue', () => {
  const aCase = (id: string, status: 'open' | 'decided', deadline: string): CaseSummary => ({
    id,
    officerId: 'O',
    stationId: 'S',
    quarter: '2024-Q3',
    happenedOn: '2024-08-01',
    duty: `duty ${id}`,
    status,
    outcome: null,
    filedAt: '2024-08-02',
    deadline,
  })
  const aNomination = (id: string, status: 'open' | 'decided', deadline: string): NominationSummary => ({
    id,
    kind: 'star_of_quarter',
    officerId: 'O',
    stationId: 'S',
    period: '2024-Q2',
    status,
    outcome: null,
    filedAt: '2024-07-08',
    deadline,
  })

  it('lists open before decided, cases before nominations, then by deadline', () => {
    const rows = queueRows(
      [aCase('c2', 'decided', '2024-10-01'), aCase('c1', 'open', '2024-10-05')],
      [aNomination('n1', 'open', '2024-09-01'), aNomination('n2', 'decided', '2024-08-01')],
    )
    expect(rows.map((r) => r.id)).toEqual(['c1', 'n1', 'c2', 'n2'])
    expect(rows.find((r) => r.id === 'n1')).toMatchObject({ kind: 'star_of_quarter', href: '/nominations/n1' })
  })
})
