import { describe, expect, it } from 'vitest'
import { HISTORY_LAST_MONTH, HISTORY_MONTHS, INCIDENT_HISTORY, JOINT_DEFENCE } from '../src/communities-history'
import { communities, stationByName } from './district'

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0)
const lastMonth = communities.registration.filter((r) => r.month === HISTORY_LAST_MONTH)

describe('a year of registration figures', () => {
  it('has one record per community for each of the 12 months up to the last one', () => {
    expect(communities.registration).toHaveLength(communities.community.length * HISTORY_MONTHS)
    const keys = new Set(communities.registration.map((r) => `${r.communityId}/${r.month}`))
    expect(keys.size).toBe(communities.registration.length)
    const months = [...new Set(communities.registration.map((r) => r.month))].sort()
    expect(months).toHaveLength(HISTORY_MONTHS)
    expect(months.at(-1)).toBe(HISTORY_LAST_MONTH)
    const ids = new Set(communities.community.map((c) => c.id))
    for (const r of communities.registration) expect(ids.has(r.communityId)).toBe(true)
  })

  it('never registers more than is known, never counts below zero', () => {
    for (const r of communities.registration) {
      expect(r.floatingRegistered).toBeLessThanOrEqual(r.floatingKnown)
      expect(r.rentalRegistered).toBeLessThanOrEqual(r.rentalKnown)
      expect(Math.min(r.floatingRegistered, r.rentalRegistered, r.illegalRentalPenalties)).toBeGreaterThanOrEqual(0)
    }
  })

  it('ends the year near the district’s 97.5 % floating-population registration', () => {
    const rate = sum(lastMonth.map((r) => r.floatingRegistered)) / sum(lastMonth.map((r) => r.floatingKnown))
    expect(rate).toBeGreaterThan(0.97)
    expect(rate).toBeLessThan(0.98)
  })

  it('climbs towards it over the year, with some communities at "double 100 %"', () => {
    const firstMonth = [...new Set(communities.registration.map((r) => r.month))].sort()[0]
    const start = communities.registration.filter((r) => r.month === firstMonth)
    const startRate = sum(start.map((r) => r.floatingRegistered)) / sum(start.map((r) => r.floatingKnown))
    expect(startRate).toBeLessThan(0.95)
    const double = lastMonth.filter(
      (r) => r.floatingRegistered === r.floatingKnown && r.rentalRegistered === r.rentalKnown,
    )
    expect(double.length).toBeGreaterThan(20)
  })

  it('triples the illegal-rental penalties a month (about ×3.1, last three months over the first three)', () => {
    const months = [...new Set(communities.registration.map((r) => r.month))].sort()
    const perMonth = months.map((m) =>
      sum(communities.registration.filter((r) => r.month === m).map((r) => r.illegalRentalPenalties)),
    )
    const growth = sum(perMonth.slice(-3)) / sum(perMonth.slice(0, 3))
    expect(growth).toBeGreaterThan(2.7)
    expect(growth).toBeLessThan(3.5)
  })
})

describe('the ten-household joint defence of 南锣鼓巷', () => {
  it('keeps 167 shops of one street of 交道口 on file, with 213 shop staff', () => {
    const station = stationByName('交道口')
    expect(communities.defenceGroup.every((g) => g.stationId === station.id)).toBe(true)
    expect(communities.shop).toHaveLength(JOINT_DEFENCE.shops)
    expect(sum(communities.shop.map((s) => s.staff ?? 1))).toBe(JOINT_DEFENCE.staff)
  })

  it('groups neighbouring shops by nine or ten, in street order', () => {
    const groupIds = new Set(communities.defenceGroup.map((g) => g.id))
    for (const group of communities.defenceGroup) {
      const members = communities.shop.filter((s) => s.groupId === group.id)
      expect(members.length === 9 || members.length === 10).toBe(true)
      expect(members.map((s) => s.position)).toEqual(members.map((_, i) => i))
    }
    for (const s of communities.shop) expect(groupIds.has(s.groupId)).toBe(true)
    expect(new Set(communities.shop.map((s) => s.nameZh)).size).toBe(communities.shop.length)
  })
})

describe('two years of incidents', () => {
  const total = (type: string, month: string) =>
    sum(communities.incidentCount.filter((r) => r.type === type && r.month === month).map((r) => r.count))
  const months = [...new Set(communities.incidentCount.map((r) => r.month))].sort()

  it('covers 24 months up to the last month of history, every row a positive count of a known community', () => {
    expect(months).toHaveLength(INCIDENT_HISTORY.months)
    expect(months.at(-1)).toBe(HISTORY_LAST_MONTH)
    const ids = new Set(communities.community.map((c) => c.id))
    for (const r of communities.incidentCount) {
      expect(ids.has(r.communityId)).toBe(true)
      expect(r.count).toBeGreaterThan(0)
    }
  })

  it('shows theft-type incidents −43 % year on year and telecom fraud −8.6 % month on month in the district', () => {
    const last = months.at(-1) as string
    const yearBefore = months.at(-13) as string
    const monthBefore = months.at(-2) as string
    expect(total('theft', last) / total('theft', yearBefore) - 1).toBeCloseTo(-0.43, 2)
    expect(total('telecom_fraud', last) / total('telecom_fraud', monthBefore) - 1).toBeCloseTo(-0.086, 2)
  })
})
