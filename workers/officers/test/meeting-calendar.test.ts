import { describe, expect, it } from 'vitest'
import { BRANCH_MEETINGS, parseMeetingCalendar, stationRules } from '../src/config'
import { meetingsBetween, nthWeekday } from '../src/rules/meeting-calendar'

describe('the nth weekday of a month', () => {
  it.each([
    // December 2026 opens on a Tuesday: week 1's Tuesday is the 1st.
    { month: '2026-12-01', nth: 1, weekday: 2, date: '2026-12-01' },
    { month: '2026-12-01', nth: 3, weekday: 2, date: '2026-12-15' },
    // April 2026 opens on a Wednesday: its first Tuesday is the 7th, the last day of week 1.
    { month: '2026-04-01', nth: 1, weekday: 2, date: '2026-04-07' },
    { month: '2026-04-01', nth: 3, weekday: 2, date: '2026-04-21' },
    // February 2026 opens on a Sunday (weekday 7).
    { month: '2026-02-01', nth: 1, weekday: 7, date: '2026-02-01' },
    { month: '2026-02-01', nth: 1, weekday: 1, date: '2026-02-02' },
  ])('week $nth, weekday $weekday of $month is $date', ({ month, nth, weekday, date }) => {
    expect(nthWeekday(month, nth, weekday)).toBe(date)
  })
})

describe('the meeting calendar (summary Tuesday of week 1, progress Tuesday of week 3, quarterly in week 1)', () => {
  it('holds the two monthly meetings in a month that opens no quarter', () => {
    expect(meetingsBetween(BRANCH_MEETINGS, '2026-11-01', '2026-11-30')).toEqual([
      { kind: 'monthly_summary', date: '2026-11-03', startsAt: '2026-11-03T09:00:00+08:00' },
      { kind: 'monthly_progress', date: '2026-11-17', startsAt: '2026-11-17T09:00:00+08:00' },
    ])
  })

  it('adds the quarterly summary in the first week of a quarter', () => {
    expect(meetingsBetween(BRANCH_MEETINGS, '2027-01-01', '2027-01-31').map((m) => [m.kind, m.date])).toEqual([
      ['monthly_summary', '2027-01-05'],
      ['quarterly_summary', '2027-01-05'],
      ['monthly_progress', '2027-01-19'],
    ])
  })

  it.each([
    { from: '2026-11-17', to: '2026-11-17', count: 1 },
    { from: '2026-11-16', to: '2026-11-16', count: 0 },
    { from: '2026-11-18', to: '2026-11-30', count: 0 },
  ])('finds $count meeting(s) between $from and $to', ({ from, to, count }) => {
    expect(meetingsBetween(BRANCH_MEETINGS, from, to)).toHaveLength(count)
  })
})

describe("a station's own calendar", () => {
  const thursdays = JSON.stringify({
    rules: [{ kind: 'monthly_summary', months: 'every', nth: 1, weekday: 4 }],
    time: '14:30',
  })

  it('replaces the branch calendar when it is well formed', () => {
    const rules = stationRules({
      communityShareTarget: null,
      exceptionHeads: null,
      excludedKinds: null,
      meetingCalendar: thursdays,
    })
    expect(meetingsBetween(rules.meetings, '2026-11-01', '2026-11-30')).toEqual([
      { kind: 'monthly_summary', date: '2026-11-05', startsAt: '2026-11-05T14:30:00+08:00' },
    ])
  })

  it.each([
    { why: 'not JSON', json: '{' },
    {
      why: 'an unknown meeting kind',
      json: JSON.stringify({ rules: [{ kind: 'party', months: 'every', nth: 1, weekday: 2 }] }),
    },
    {
      why: 'a fifth week',
      json: JSON.stringify({ rules: [{ kind: 'monthly_summary', months: 'every', nth: 5, weekday: 2 }] }),
    },
    {
      why: 'weekday 0',
      json: JSON.stringify({ rules: [{ kind: 'monthly_summary', months: 'every', nth: 1, weekday: 0 }] }),
    },
  ])('is ignored when $why (the branch calendar applies)', ({ json }) => {
    expect(parseMeetingCalendar(json)).toBeNull()
    expect(
      stationRules({ communityShareTarget: null, exceptionHeads: null, excludedKinds: null, meetingCalendar: json })
        .meetings,
    ).toBe(BRANCH_MEETINGS)
  })

  it('keeps the branch time when its own time is malformed (nearest case that passes)', () => {
    const json = JSON.stringify({
      rules: [{ kind: 'monthly_progress', months: 'every', nth: 4, weekday: 7 }],
      time: '25:00',
    })
    expect(parseMeetingCalendar(json)).toEqual({
      rules: [{ kind: 'monthly_progress', months: 'every', nth: 4, weekday: 7 }],
      time: BRANCH_MEETINGS.time,
    })
  })
})
