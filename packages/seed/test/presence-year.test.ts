import { describe, expect, it } from 'vitest'
import { addDays, weekStartOf } from '../../../workers/officers/src/rules/shanghai-time'
import { demoUsername, generateDistrict } from '../src'
import { presenceYearWeeks } from '../src/presence-year'
import { surveyMonths } from '../src/surveys-monthly'
import { TASKS_UNTIL } from '../src/task-plans'
import { assessments, communities, identity, officers } from './district'

// A year of time in the community for every officer and of satisfaction answers for every station,
// so the dashboard's hours and satisfaction fill every month of its window.

const demoOfficerId = identity.account.find((a) => a.username === demoUsername('officer'))?.officerId
const signedIn = new Set(identity.account.flatMap((a) => (a.officerId ? [a.officerId] : [])))
const hoursOf = (entries: readonly { minutes: number }[]) => entries.reduce((t, e) => t + e.minutes, 0) / 60
const monthOf = (date: string) => date.slice(0, 7)
/** Map.groupBy (ES2024) for the ES2022 library the packages compile against. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

describe('a year of presence for every officer', () => {
  const weeks = presenceYearWeeks(TASKS_UNTIL)
  const entriesByWeek = groupBy(officers.presenceEntry, (e) => `${e.officerId} ${e.weekStart}`)

  it('runs from the week holding the first of the month a year back to the week before TASKS_UNTIL', () => {
    expect(weeks[0]).toBe(weekStartOf('2025-11-01'))
    expect(weeks.at(-1)).toBe('2026-11-16')
    expect(weeks.every((w) => w < weekStartOf(TASKS_UNTIL))).toBe(true)
  })

  it('gives every officer time in every month from a year back to TASKS_UNTIL’s', () => {
    const months = new Set(surveyMonths(TASKS_UNTIL))
    const entriesOf = groupBy(officers.presenceEntry, (e) => e.officerId)
    for (const officer of officers.officer) {
      // An officer new in post (replace first, then transfer) logs from the first whole week in post.
      const since = monthOf(addDays(officer.inPostSince, 13))
      const own = (entriesOf.get(officer.id) ?? [])
        .map((e) => monthOf(e.start))
        .filter((m) => m >= since && months.has(m))
      // The demo accounts' officers stop in September (see below): October and November are theirs.
      const until = signedIn.has(officer.id) ? '2026-09' : '2026-11'
      const expected = [...months].filter((m) => m >= since && m <= until)
      expect(new Set(own.filter((m) => m <= until)), officer.id).toEqual(new Set(expected))
    }
  })

  it('leaves the demo officer’s seeded weeks as they are and four open, empty weeks before them (e2e 31)', () => {
    const demoWeeks = officers.presenceWeek.filter((w) => w.officerId === demoOfficerId).map((w) => w.weekStart)
    const seeded = ['2026-11-02', '2026-11-09', '2026-11-16']
    expect(demoWeeks.filter((w) => w >= '2026-10-01')).toEqual(seeded)
    const open = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26']
    const demoEntries = officers.presenceEntry.filter((e) => e.officerId === demoOfficerId)
    expect(demoEntries.filter((e) => open.includes(e.weekStart))).toEqual([])
    expect(demoWeeks.filter((w) => open.includes(w))).toEqual([])
    expect(
      demoWeeks
        .filter((w) => w < '2026-10-01')
        .sort()
        .at(-1),
    ).toMatch(/^2026-09-(21|28)$/)
    // Nor does the year reach the recent weeks of any other officer a demo account signs in as.
    const others = officers.presenceWeek.filter((w) => signedIn.has(w.officerId) && w.officerId !== demoOfficerId)
    expect(others.length).toBeGreaterThan(40)
    expect(others.filter((w) => w.weekStart >= '2026-10-05')).toEqual([])
  })

  it('holds most dedicated weeks at 36 h or more, a few short, part-timers near the old 6 h', () => {
    const dedicated = new Set(officers.officer.filter((o) => o.dedicated).map((o) => o.id))
    const hours = (dedicatedOnes: boolean) =>
      officers.presenceWeek
        .filter((w) => w.officerId !== demoOfficerId && dedicated.has(w.officerId) === dedicatedOnes)
        .map((w) => hoursOf(entriesByWeek.get(`${w.officerId} ${w.weekStart}`) ?? []))
    const full = hours(true)
    const met = full.filter((h) => h >= 36).length / full.length
    expect(met).toBeGreaterThan(0.85)
    expect(met).toBeLessThan(1)
    expect(Math.max(...full)).toBeLessThanOrEqual(40)
    const part = hours(false)
    expect(Math.min(...part)).toBeGreaterThanOrEqual(4)
    expect(Math.max(...part)).toBeLessThanOrEqual(8)
  })

  it('submits every week with entries and approves all but some of the latest, as the officers worker does', () => {
    const latest = weeks.at(-1)
    for (const week of officers.presenceWeek) {
      expect(entriesByWeek.has(`${week.officerId} ${week.weekStart}`)).toBe(true)
      if (week.status === 'submitted') expect(week.weekStart).toBe(latest)
      else expect(week.approvedAt).not.toBeNull()
      expect(week.weekStart < weekStartOf(TASKS_UNTIL)).toBe(true)
    }
    expect(officers.presenceWeek.some((w) => w.status === 'submitted')).toBe(true)
  })

  it('never overlaps two entries of an officer (RULE_PRESENCE_OVERLAP), each in its week and a grid', () => {
    for (const entries of groupBy(officers.presenceEntry, (e) => e.officerId).values()) {
      const sorted = [...entries].sort((a, b) => a.startUtc.localeCompare(b.startUtc))
      expect(sorted.slice(1).filter((e, i) => e.startUtc < (sorted[i]?.endUtc ?? ''))).toEqual([])
      for (const e of sorted) {
        expect(weekStartOf(e.start.slice(0, 10))).toBe(e.weekStart)
        expect(e.minutes).toBe((Date.parse(e.end) - Date.parse(e.start)) / 60_000)
      }
    }
    expect(officers.presenceEntry.every((e) => e.gridId.length > 0)).toBe(true)
  })

  it('is deterministic: the same seed gives the same entries', () => {
    const again = generateDistrict().officers
    expect(again.presenceEntry.slice(-50)).toEqual(officers.presenceEntry.slice(-50))
    expect(again.presenceWeek.length).toBe(officers.presenceWeek.length)
  })
})

describe('a year of satisfaction answers per station and month', () => {
  it('answers in every station every month up to TASKS_UNTIL, about 98.9 % satisfied', () => {
    const months = surveyMonths(TASKS_UNTIL)
    expect(months[0]).toBe('2025-11')
    expect(months.at(-1)).toBe('2026-11')
    const recent = assessments.surveyAnswer.filter((a) => a.answeredOn >= '2025-11-01')
    expect(recent.every((a) => a.answeredOn <= TASKS_UNTIL)).toBe(true)
    for (const station of communities.station)
      for (const month of months)
        expect(
          recent.filter((a) => a.stationId === station.id && a.answeredOn.startsWith(month)).length,
          `${station.code} ${month}`,
        ).toBeGreaterThanOrEqual(20)
    const satisfied = recent.filter((a) => a.score >= 4).length / recent.length
    expect(satisfied).toBeGreaterThan(0.97)
    expect(satisfied).toBeLessThan(1)
  })
})
