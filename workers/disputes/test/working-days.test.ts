import { describe, expect, it } from 'vitest'
import { disputeDeadlines } from '../src/config'
import { addWorkingDays, deadlineFor, isWorkingDay } from '../src/rules/deadlines'
import { WORKING_CALENDAR } from '../src/working-calendar'

// 02:00Z is 10:00 in Beijing. The referral hand-over is due 1 working day after triage.
describe('the referral deadline counts working days of the official 2026 calendar', () => {
  it.each([
    { why: 'an ordinary Monday → Tuesday', from: '2026-11-23T02:00:00.000Z', due: '2026-11-24T02:00:00.000Z' },
    { why: 'Friday → Monday over a weekend', from: '2026-11-27T02:00:00.000Z', due: '2026-11-30T02:00:00.000Z' },
    {
      why: "New Year's Eve → Sunday 4 January, a make-up working day",
      from: '2025-12-31T02:00:00.000Z',
      due: '2026-01-04T02:00:00.000Z',
    },
    {
      why: 'Friday 13 February → Saturday 14, a make-up working day',
      from: '2026-02-13T02:00:00.000Z',
      due: '2026-02-14T02:00:00.000Z',
    },
    {
      why: 'Saturday 14 February → over the Spring Festival to Tuesday 24',
      from: '2026-02-14T02:00:00.000Z',
      due: '2026-02-24T02:00:00.000Z',
    },
    {
      why: 'Thursday 2 April → Friday 3 (the day before Qingming still works)',
      from: '2026-04-02T02:00:00.000Z',
      due: '2026-04-03T02:00:00.000Z',
    },
    {
      why: 'Friday 3 April → over Qingming (4–6) to Tuesday 7',
      from: '2026-04-03T02:00:00.000Z',
      due: '2026-04-07T02:00:00.000Z',
    },
    {
      why: 'Thursday 30 April → over Labour Day (1–5 May) to Wednesday 6',
      from: '2026-04-30T02:00:00.000Z',
      due: '2026-05-06T02:00:00.000Z',
    },
    {
      why: 'Friday 8 May → Saturday 9, a make-up working day',
      from: '2026-05-08T02:00:00.000Z',
      due: '2026-05-09T02:00:00.000Z',
    },
    {
      why: 'Thursday 18 June → over Dragon Boat (19–21) to Monday 22',
      from: '2026-06-18T02:00:00.000Z',
      due: '2026-06-22T02:00:00.000Z',
    },
    {
      why: 'Friday 18 September → Sunday 20, a make-up working day',
      from: '2026-09-18T02:00:00.000Z',
      due: '2026-09-20T02:00:00.000Z',
    },
    {
      why: 'Thursday 24 September → over Mid-Autumn (25–27) to Monday 28',
      from: '2026-09-24T02:00:00.000Z',
      due: '2026-09-28T02:00:00.000Z',
    },
    {
      why: 'Wednesday 30 September → over National Day (1–7) to Thursday 8',
      from: '2026-09-30T02:00:00.000Z',
      due: '2026-10-08T02:00:00.000Z',
    },
    {
      why: 'Friday 9 October → Saturday 10, a make-up working day',
      from: '2026-10-09T02:00:00.000Z',
      due: '2026-10-10T02:00:00.000Z',
    },
    // Late evening UTC is the next Beijing day: Wednesday 30 Sep 17:00Z is Thursday 1 Oct 01:00 in Beijing.
    {
      why: 'triaged on the night of 1 October (Beijing) → Thursday 8',
      from: '2026-09-30T17:00:00.000Z',
      due: '2026-10-07T17:00:00.000Z',
    },
  ])('$why', ({ from, due }) => {
    expect(deadlineFor('referral', new Date(from), disputeDeadlines).toISOString()).toBe(due)
  })

  it.each([
    { date: '2026-10-01T02:00:00.000Z', working: false, why: 'National Day' },
    { date: '2026-10-08T02:00:00.000Z', working: true, why: 'the first day after the holiday' },
    { date: '2026-10-10T02:00:00.000Z', working: true, why: 'a make-up Saturday' },
    { date: '2026-10-17T02:00:00.000Z', working: false, why: 'an ordinary Saturday' },
    { date: '2026-02-16T02:00:00.000Z', working: false, why: 'a Monday of the Spring Festival' },
    { date: '2027-10-01T02:00:00.000Z', working: true, why: 'a Friday of a year not in the calendar yet' },
  ])('$date is a working day: $working ($why)', ({ date, working }) => {
    expect(isWorkingDay(new Date(date))).toBe(working)
  })

  it('takes another calendar when a station configures one', () => {
    const calendar = { holidays: ['2026-11-24'], workdays: [] }
    expect(addWorkingDays(new Date('2026-11-23T02:00:00.000Z'), 1, calendar).toISOString()).toBe(
      '2026-11-25T02:00:00.000Z',
    )
  })

  it('lists make-up working days only on weekends and holidays only once', () => {
    for (const date of WORKING_CALENDAR.workdays) {
      expect([0, 6]).toContain(new Date(`${date}T12:00:00Z`).getUTCDay())
    }
    expect(new Set(WORKING_CALENDAR.holidays).size).toBe(WORKING_CALENDAR.holidays.length)
    // 3 + 9 + 3 + 5 + 3 + 3 + 7 days off in 2026.
    expect(WORKING_CALENDAR.holidays).toHaveLength(33)
  })
})
