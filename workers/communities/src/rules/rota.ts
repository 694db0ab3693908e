import { addDays, daysBetween, isoWeekday } from './calendar'

// The daily duty rota of a joint-defence group (十户联防): each day two shops of the group wear
// the red armbands, patrol and report. Fair over time: turns go round the group in street order,
// a shop closed on its turn is skipped that day and comes first on its next open day.

export type RotaShop = {
  id: string
  /** Place along the street: the turn order. */
  position: number
  /** Bit n-1 set = closed on ISO weekday n. */
  closedWeekdays: number
}

export type RotaOptions = {
  /** First day of the rota: turns are counted from it, so any range gives the same answer. */
  rotaStart: string
  from: string
  to: string
  shopsOnDuty: number
}

export type RotaDay = { date: string; shopIds: string[] }

export const isClosedOn = (shop: Pick<RotaShop, 'closedWeekdays'>, day: string) =>
  (shop.closedWeekdays & (1 << (isoWeekday(day) - 1))) !== 0

/** Weekday list (1–7) ⇄ bit mask. */
export const weekdaysOfMask = (mask: number) => [1, 2, 3, 4, 5, 6, 7].filter((d) => (mask & (1 << (d - 1))) !== 0)
export const maskOfWeekdays = (days: readonly number[]) => days.reduce((mask, d) => mask | (1 << (d - 1)), 0)

/**
 * Who is on duty each day from `from` to `to` (both included). Each day the open shops that have
 * served least since the rota began go first; among equals the one that served longest ago,
 * then street order. Without closed days this is plain round robin in street order; with them,
 * a shop that missed its turn is first in line on its next open day. Days before the rota
 * began have nobody on duty.
 */
export function dutyRota(shops: readonly RotaShop[], options: RotaOptions): RotaDay[] {
  const order = [...shops].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
  const served = new Map(order.map((s) => [s.id, { count: 0, last: Number.NEGATIVE_INFINITY }]))
  const days: RotaDay[] = []
  const total = daysBetween(options.rotaStart, options.to)
  for (let i = 0; i <= total; i++) {
    const date = addDays(options.rotaStart, i)
    const onDuty = order
      .filter((shop) => !isClosedOn(shop, date))
      .map((shop, place) => ({ shop, place, state: served.get(shop.id) as { count: number; last: number } }))
      .sort((a, b) => a.state.count - b.state.count || a.state.last - b.state.last || a.place - b.place)
      .slice(0, options.shopsOnDuty)
    for (const { state } of onDuty) {
      state.count += 1
      state.last = i
    }
    if (date >= options.from) days.push({ date, shopIds: onDuty.map((d) => d.shop.id) })
  }
  // Days asked for before the rota began.
  const before = Math.min(daysBetween(options.from, options.rotaStart), daysBetween(options.from, options.to) + 1)
  const empty = Array.from({ length: Math.max(0, before) }, (_, i) => ({ date: addDays(options.from, i), shopIds: [] }))
  return [...empty, ...days]
}
