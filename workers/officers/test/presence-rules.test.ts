import { describe, expect, it } from 'vitest'
import { BRANCH_RULES, stationRules } from '../src/config'
import { checkPresenceEntry, minutesOf } from '../src/rules/presence-rules'
import { localDate, weekBounds, weekEndOf, weekStartOf } from '../src/rules/shanghai-time'
import { weekTotals } from '../src/rules/week-totals'

const H = 60 * 60 * 1000
const now = Date.parse('2026-11-28T12:00:00+08:00')
const at = (iso: string) => Date.parse(iso)
const rules = stationRules(undefined)
const existing = [{ id: 'e1', start: at('2026-11-27T09:00:00+08:00'), end: at('2026-11-27T11:00:00+08:00') }]

describe('a time entry', () => {
  it.each([
    {
      case: 'ends before it starts',
      start: '2026-11-27T12:00:00+08:00',
      end: '2026-11-27T11:00:00+08:00',
      rule: 'RULE_PRESENCE_END_BEFORE_START',
    },
    {
      case: 'ends when it starts',
      start: '2026-11-27T12:00:00+08:00',
      end: '2026-11-27T12:00:00+08:00',
      rule: 'RULE_PRESENCE_END_BEFORE_START',
    },
    {
      case: 'ends a minute in the future',
      start: '2026-11-28T10:00:00+08:00',
      end: '2026-11-28T12:01:00+08:00',
      rule: 'RULE_PRESENCE_FUTURE',
    },
    {
      case: 'ends right now (nearest pass)',
      start: '2026-11-28T10:00:00+08:00',
      end: '2026-11-28T12:00:00+08:00',
      rule: null,
    },
    {
      case: 'lasts 24 h and a minute',
      start: '2026-11-25T08:00:00+08:00',
      end: '2026-11-26T08:01:00+08:00',
      rule: 'RULE_PRESENCE_TOO_LONG',
    },
    {
      case: 'lasts exactly 24 h (nearest pass)',
      start: '2026-11-25T08:00:00+08:00',
      end: '2026-11-26T08:00:00+08:00',
      rule: null,
    },
    {
      case: 'overlaps an entry by a minute',
      start: '2026-11-27T10:59:00+08:00',
      end: '2026-11-27T12:00:00+08:00',
      rule: 'RULE_PRESENCE_OVERLAP',
    },
    {
      case: 'lies inside an entry',
      start: '2026-11-27T09:30:00+08:00',
      end: '2026-11-27T10:00:00+08:00',
      rule: 'RULE_PRESENCE_OVERLAP',
    },
    {
      case: 'starts when another ends (nearest pass)',
      start: '2026-11-27T11:00:00+08:00',
      end: '2026-11-27T12:00:00+08:00',
      rule: null,
    },
    {
      case: 'ends when another starts (nearest pass)',
      start: '2026-11-27T08:00:00+08:00',
      end: '2026-11-27T09:00:00+08:00',
      rule: null,
    },
  ])('that $case → $rule', ({ start, end, rule }) => {
    expect(checkPresenceEntry({ start: at(start), end: at(end) }, existing, now, rules)?.rule ?? null).toBe(rule)
  })

  it('counts whole minutes', () => {
    expect(minutesOf({ start: 0, end: 2 * H + 59_999 })).toBe(120)
  })
})

describe('weeks in Asia/Shanghai', () => {
  it.each([
    { instant: '2026-11-29T15:59:59Z', date: '2026-11-29', week: '2026-11-23' },
    { instant: '2026-11-29T16:00:00Z', date: '2026-11-30', week: '2026-11-30' },
    { instant: '2026-12-06T12:00:00+08:00', date: '2026-12-06', week: '2026-11-30' },
    { instant: '2027-01-01T08:00:00+08:00', date: '2027-01-01', week: '2026-12-28' },
  ])('$instant is $date, in the week of Monday $week', ({ instant, date, week }) => {
    expect(localDate(Date.parse(instant))).toBe(date)
    expect(weekStartOf(date)).toBe(week)
  })

  it('runs Monday 00:00 to the next Monday 00:00 in Beijing', () => {
    expect(weekEndOf('2026-11-30')).toBe('2026-12-06')
    expect(weekBounds('2026-11-30')).toEqual({ from: '2026-11-29T16:00:00.000Z', to: '2026-12-06T16:00:00.000Z' })
  })
})

describe('weekly totals against the targets', () => {
  it('keeps the targets in one place: 36 h and 90 %', () => {
    expect(BRANCH_RULES.weeklyHoursTarget).toBe(36)
    expect(BRANCH_RULES.communityShareTarget).toBe(0.9)
  })

  it.each([
    { case: '35 h 59 min', minutes: 36 * 60 - 1, away: 0, metHours: false, share: 1, metShare: true },
    { case: 'exactly 36 h', minutes: 36 * 60, away: 0, metHours: true, share: 1, metShare: true },
    { case: '36 h and 4 h away (90 %)', minutes: 36 * 60, away: 4 * 60, metHours: true, share: 0.9, metShare: true },
    {
      case: '36 h and 5 h away (87.8 %)',
      minutes: 36 * 60,
      away: 5 * 60,
      metHours: true,
      share: 0.878,
      metShare: false,
    },
    { case: 'nothing recorded', minutes: 0, away: 0, metHours: false, share: null, metShare: false },
  ])('$case → hours met $metHours, share $share met $metShare', ({ minutes, away, metHours, share, metShare }) => {
    const totals = weekTotals(minutes, away, rules)
    expect(totals.metHours).toBe(metHours)
    expect(totals.share === null ? null : Number(totals.share.toFixed(3))).toBe(share)
    expect(totals.metShare).toBe(metShare)
  })

  it('lets a station set its share at 80 %', () => {
    const eighty = stationRules({ communityShareTarget: 0.8, exceptionHeads: null, excludedKinds: null })
    expect(weekTotals(36 * 60, 5 * 60, eighty)).toMatchObject({ shareTarget: 0.8, metShare: true })
  })
})
