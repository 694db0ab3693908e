import { describe, expect, it } from 'vitest'
import { BRANCH_MEETINGS } from '../src/config'
import { checkMeetingSettings, type MeetingSetting, toCalendar, toSettings } from '../src/rules/meeting-overrides'

const branch: MeetingSetting[] = [
  { kind: 'monthly_summary', week: 1, weekday: 2 },
  { kind: 'monthly_progress', week: 3, weekday: 2 },
  { kind: 'quarterly_summary', week: 1, weekday: 2 },
]
const with_ = (kind: MeetingSetting['kind'], change: Partial<MeetingSetting>) =>
  branch.map((s) => (s.kind === kind ? { ...s, ...change } : s))

describe("a station's own meeting calendar", () => {
  it.each([
    { why: "the branch's calendar", settings: branch },
    {
      why: 'summary on Thursday of week 1, progress on Friday of week 4',
      settings: with_('monthly_progress', { week: 4, weekday: 5 }),
    },
    { why: 'progress in week 2 (nearest to the summary)', settings: with_('monthly_progress', { week: 2 }) },
    { why: 'the quarterly summary on Monday of week 1', settings: with_('quarterly_summary', { weekday: 1 }) },
    { why: 'Sunday (7)', settings: with_('monthly_summary', { weekday: 7 }) },
  ])('holds: $why', ({ settings }) => {
    expect(checkMeetingSettings(settings)).toBeNull()
  })

  it.each([
    {
      why: 'a fifth week',
      settings: with_('monthly_progress', { week: 5 }),
      rule: 'RULE_MEETING_RANGE',
      field: 'week',
    },
    { why: 'week 0', settings: with_('monthly_summary', { week: 0 }), rule: 'RULE_MEETING_RANGE', field: 'week' },
    {
      why: 'weekday 0',
      settings: with_('monthly_summary', { weekday: 0 }),
      rule: 'RULE_MEETING_RANGE',
      field: 'weekday',
    },
    {
      why: 'weekday 8',
      settings: with_('monthly_progress', { weekday: 8 }),
      rule: 'RULE_MEETING_RANGE',
      field: 'weekday',
    },
    {
      why: 'the quarterly summary in week 2',
      settings: with_('quarterly_summary', { week: 2 }),
      rule: 'RULE_MEETING_RANGE',
      field: 'week',
    },
    {
      why: 'the progress meeting in the summary’s week',
      settings: with_('monthly_progress', { week: 1, weekday: 5 }),
      rule: 'RULE_MEETING_ORDER',
      field: 'week',
    },
    {
      why: 'the summary after the progress meeting',
      settings: with_('monthly_summary', { week: 4 }),
      rule: 'RULE_MEETING_ORDER',
      field: 'week',
    },
  ])('is refused with $rule for $why', ({ settings, rule, field }) => {
    expect(checkMeetingSettings(settings)).toMatchObject({ rule, details: { field } })
  })

  it.each([
    { why: 'a meeting missing', settings: branch.slice(0, 2) },
    { why: 'a meeting twice', settings: [...branch.slice(0, 2), branch[0] as MeetingSetting] },
  ])('is refused with RULE_MEETING_KINDS when $why', ({ settings }) => {
    expect(checkMeetingSettings(settings)).toMatchObject({ rule: 'RULE_MEETING_KINDS' })
  })

  it("stores the quarterly meeting in each quarter's first month and reads back as set", () => {
    expect(toCalendar(branch, '09:00')).toEqual(BRANCH_MEETINGS)
    expect(toSettings(toCalendar(branch, '14:30'))).toEqual(branch)
  })
})
