import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/rules/calendar'
import { dutyRota, isClosedOn, type RotaShop } from '../../src/rules/rota'

const ROTA_START = '2025-01-06'
const WINDOW = 30

const idOf = (i: number) => `shop-${String(i).padStart(3, '0')}`

/** A group of shops in street order; each closed on at most `closedPerShop` weekdays. */
const group = (size: { min: number; max: number }, closedPerShop: number) =>
  fc
    .array(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: closedPerShop }), {
      minLength: size.min,
      maxLength: size.max,
    })
    .map((closed): RotaShop[] =>
      closed.map((days, i) => ({
        id: idOf(i),
        position: i,
        closedWeekdays: days.reduce((mask, d) => mask | (1 << (d - 1)), 0),
      })),
    )

/** Any 30 days: a window starting anywhere in the first two years of the rota. */
const windowOf = (offset: number) => {
  const from = addDays(ROTA_START, offset)
  return { rotaStart: ROTA_START, from, to: addDays(from, WINDOW - 1), shopsOnDuty: 2 }
}

const countsIn = (shops: readonly RotaShop[], days: { shopIds: string[] }[]) => {
  const counts = new Map(shops.map((s) => [s.id, 0]))
  for (const day of days) for (const id of day.shopIds) counts.set(id, (counts.get(id) ?? 0) + 1)
  return [...counts.values()]
}

describe('the duty rota over any 30 days (property)', () => {
  it('puts two different shops on duty every day, every shop serves, counts differ by at most one', () => {
    fc.assert(
      fc.property(group({ min: 2, max: 30 }, 0), fc.integer({ min: 0, max: 730 }), (shops, offset) => {
        const days = dutyRota(shops, windowOf(offset))
        expect(days).toHaveLength(WINDOW)
        for (const day of days) {
          expect(day.shopIds).toHaveLength(2)
          expect(new Set(day.shopIds).size).toBe(2)
        }
        const counts = countsIn(shops, days)
        expect(Math.min(...counts)).toBeGreaterThan(0)
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  }, 30_000)

  // With closed days "at most one" cannot hold for every window: with 10 shops (60 turns in 30
  // days) it means exactly 6 each in every window, so the rota would repeat every 30 days, and a
  // 30-day cycle meets every weekday: a shop closed on Tuesdays could never serve. The rota keeps
  // the gap to two, and the greedy catch-up makes it one again from the rota's start (see rota.test.ts).
  it('with closed days (groups of 6–15, one closed weekday each): never a closed shop, two a day when two are open, every shop serves, counts differ by at most two', () => {
    fc.assert(
      fc.property(group({ min: 6, max: 15 }, 1), fc.integer({ min: 0, max: 730 }), (shops, offset) => {
        const days = dutyRota(shops, windowOf(offset))
        const byId = new Map(shops.map((s) => [s.id, s]))
        for (const day of days) {
          const open = shops.filter((s) => !isClosedOn(s, day.date)).length
          expect(day.shopIds).toHaveLength(Math.min(2, open))
          expect(new Set(day.shopIds).size).toBe(day.shopIds.length)
          for (const id of day.shopIds) expect(isClosedOn(byId.get(id) as RotaShop, day.date)).toBe(false)
        }
        const counts = countsIn(shops, days)
        expect(Math.min(...counts)).toBeGreaterThan(0)
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2)
      }),
      { numRuns: 500 },
    )
  }, 30_000)
})
