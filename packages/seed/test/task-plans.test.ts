import { describe, expect, it } from 'vitest'
import { demoUsername } from '../src'
import { TASKS_UNTIL } from '../src/task-plans'
import { communities, identity, officers } from './district'

const demoOfficerId = identity.account.find((a) => a.username === demoUsername('officer'))?.officerId

describe('task plans from the article', () => {
  it('has the three checklists: four knows and six familiarities, the six musts, the three fives', () => {
    expect(officers.checklist.map((c) => [c.code, c.subject])).toEqual([
      ['four_knows_six_familiarities', 'officer'],
      ['six_musts', 'officer'],
      ['three_fives', 'key_unit'],
    ])
    const itemsOf = (code: string) =>
      officers.checklistItem.filter((i) => i.checklistId === officers.checklist.find((c) => c.code === code)?.id)
    expect(itemsOf('four_knows_six_familiarities')).toHaveLength(10)
    expect(itemsOf('six_musts')).toHaveLength(6)
    expect(itemsOf('three_fives')).toHaveLength(3)
  })

  it('gives every station templates from daily to annual, regular and special, with quantified standards', () => {
    for (const station of communities.station) {
      const own = officers.taskTemplate.filter((t) => t.stationId === station.id)
      expect(new Set(own.map((t) => t.cadence))).toEqual(
        new Set(['daily', 'weekly', 'half_monthly', 'monthly', 'quarterly', 'annual']),
      )
      expect(new Set(own.map((t) => t.kind))).toEqual(new Set(['regular', 'special']))
      expect(own.find((t) => t.titleEn === 'Visit households')).toMatchObject({ cadence: 'weekly', target: 30 })
    }
  })

  it('gives the demo officer weeks of lists up to TASKS_UNTIL, one item per template and period, mostly done', () => {
    const items = officers.taskItem
    expect(items.length).toBeGreaterThan(50)
    expect(items.every((i) => i.officerId === demoOfficerId)).toBe(true)
    expect(new Set(items.map((i) => `${i.templateId}/${i.periodStart}`)).size).toBe(items.length)
    expect(items.every((i) => i.periodStart <= TASKS_UNTIL)).toBe(true)
    const past = items.filter((i) => i.periodEnd <= TASKS_UNTIL)
    const done = past.filter((i) => i.status === 'done')
    expect(done.length / past.length).toBeGreaterThan(0.6)
    expect(past.some((i) => i.status === 'open')).toBe(true)
    expect(items.filter((i) => i.periodEnd > TASKS_UNTIL).every((i) => i.status === 'open')).toBe(true)
  })
})

describe("the demo officer's past weeks", () => {
  it('has three approved weeks of time in the community before the week of TASKS_UNTIL, no entry overlapping another', () => {
    // The year before them is presence-year.ts's (presence-year.test.ts).
    const demoWeeks = officers.presenceWeek.filter((w) => w.officerId === demoOfficerId && w.weekStart >= '2026-11-01')
    expect(demoWeeks).toHaveLength(3)
    expect(demoWeeks.every((w) => w.status === 'approved')).toBe(true)
    const entries = officers.presenceEntry
      .filter((e) => e.officerId === demoOfficerId && e.weekStart >= '2026-11-01')
      .sort((a, b) => a.startUtc.localeCompare(b.startUtc))
    expect(entries.every((e) => e.weekStart < TASKS_UNTIL && e.minutes > 0 && e.minutes <= 24 * 60)).toBe(true)
    const overlapping = entries.slice(1).filter((e, i) => e.startUtc < (entries[i]?.endUtc ?? ''))
    expect(overlapping).toEqual([])
    for (const week of demoWeeks) {
      const hours = entries.filter((e) => e.weekStart === week.weekStart).reduce((t, e) => t + e.minutes, 0) / 60
      expect(hours).toBeGreaterThan(30)
    }
  })

  it('records allowed level-1 duty and refused patrol-car attempts for the ledger', () => {
    expect(officers.assignment.map((a) => a.kind)).toEqual(Array(3).fill('level1_reinforced_duty'))
    expect(officers.refusedAssignment.map((r) => r.rule)).toEqual(Array(2).fill('RULE_NO_PATROL_CAR'))
  })
})
