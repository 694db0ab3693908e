import { describe, expect, it } from 'vitest'
import { dutyRota, maskOfWeekdays, type RotaShop, weekdaysOfMask } from '../../src/rules/rota'

// 2025-01-06 is a Monday.
const START = '2025-01-06'
const shops = (count: number, closed: Record<number, number[]> = {}): RotaShop[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    position: i,
    closedWeekdays: maskOfWeekdays(closed[i] ?? []),
  }))
const rota = (group: RotaShop[], from: string, to: string) =>
  dutyRota(group, { rotaStart: START, from, to, shopsOnDuty: 2 }).map(
    (d) => `${d.date.slice(5)} ${d.shopIds.join('+')}`,
  )

describe('the daily duty rota of a joint-defence group', () => {
  it('goes round the group in street order, two shops a day', () => {
    expect(rota(shops(5), '2025-01-06', '2025-01-09')).toEqual([
      '01-06 s0+s1',
      '01-07 s2+s3',
      '01-08 s4+s0',
      '01-09 s1+s2',
    ])
  })

  it('skips a shop on its closed day and puts it first on its next open day', () => {
    // s2 is closed on Tuesdays (2025-01-07): s4 and s0 step in, s2 serves on Wednesday.
    expect(rota(shops(5, { 2: [2] }), '2025-01-06', '2025-01-09')).toEqual([
      '01-06 s0+s1',
      '01-07 s3+s4',
      '01-08 s2+s0',
      '01-09 s1+s3',
    ])
  })

  it('gives the same days whatever range is asked for (turns count from the rota start)', () => {
    const long = rota(shops(7, { 3: [6, 7] }), '2025-01-06', '2025-03-31')
    const short = rota(shops(7, { 3: [6, 7] }), '2025-03-01', '2025-03-31')
    expect(long.slice(-31)).toEqual(short)
  })

  it('has nobody on duty before the rota begins', () => {
    expect(rota(shops(3), '2025-01-04', '2025-01-06')).toEqual(['01-04 ', '01-05 ', '01-06 s0+s1'])
  })

  it('puts one shop on duty when only one is open, none when all are closed', () => {
    const group = [
      { id: 'a', position: 0, closedWeekdays: maskOfWeekdays([6, 7]) },
      { id: 'b', position: 1, closedWeekdays: maskOfWeekdays([6, 7]) },
      { id: 'c', position: 2, closedWeekdays: maskOfWeekdays([7]) },
    ]
    expect(rota(group, '2025-01-11', '2025-01-12')).toEqual(['01-11 c', '01-12 '])
  })

  it('reads closed weekdays both ways', () => {
    expect(weekdaysOfMask(maskOfWeekdays([1, 7]))).toEqual([1, 7])
    expect(maskOfWeekdays([])).toBe(0)
  })
})
