import type { MeetingKind } from '@platform/contracts'
import type { MeetingCalendar, MeetingRule } from '../config'

/** A rule's refusal: its RULE_* code, a sentence, and what it is about (the field, for the form). */
export type RuleRefusal = { rule: string; message: string; details?: Record<string, unknown> }

/** One meeting of a station's own calendar as the station head sets it. */
export type MeetingSetting = { kind: MeetingKind; week: number; weekday: number }

const KINDS: readonly MeetingKind[] = ['monthly_summary', 'monthly_progress', 'quarterly_summary']
/** "Week n" is the month's days 7n-6 … 7n; a fifth week is missing from some months. */
const WEEKS = { min: 1, max: 4 }

const refuse = (kind: MeetingKind, field: 'week' | 'weekday', message: string): RuleRefusal => ({
  rule: 'RULE_MEETING_RANGE',
  message,
  details: { kind, field },
})

/**
 * A station's meeting calendar checked (domain.md, "Work rhythm"): each of the three meetings set
 * once; a week of the month 1–4 and a weekday Monday (1) – Sunday (7); the quarterly summary in the
 * first week of the quarter; the monthly summary in an earlier week than the progress meeting. Null when it holds.
 */
export function checkMeetingSettings(settings: readonly MeetingSetting[]): RuleRefusal | null {
  const kinds = settings.map((s) => s.kind)
  if (kinds.length !== KINDS.length || !KINDS.every((kind) => kinds.includes(kind)))
    return {
      rule: 'RULE_MEETING_KINDS',
      message: 'The calendar sets each meeting once: monthly summary, progress, quarterly summary',
    }
  for (const s of settings) {
    if (s.weekday < 1 || s.weekday > 7)
      return refuse(s.kind, 'weekday', 'The weekday runs from Monday (1) to Sunday (7)')
    if (s.week < WEEKS.min || s.week > WEEKS.max)
      return refuse(s.kind, 'week', 'The week of the month runs from 1 to 4 (a fifth week is missing in some months)')
    if (s.kind === 'quarterly_summary' && s.week !== 1)
      return refuse(s.kind, 'week', 'The quarterly summary meeting is held in the first week of the quarter')
  }
  // Weeks, not days: which weekday comes first in week 1 depends on the month's first day.
  const weekOf = (kind: MeetingKind) => (settings.find((s) => s.kind === kind) as MeetingSetting).week
  if (weekOf('monthly_summary') >= weekOf('monthly_progress'))
    return {
      rule: 'RULE_MEETING_ORDER',
      message: 'The monthly summary meeting is in an earlier week than the progress meeting',
      details: { kind: 'monthly_progress', field: 'week' },
    }
  return null
}

/** The settings as the stored calendar (src/config.ts): the quarterly meeting in the quarter's first month. */
export const toCalendar = (settings: readonly MeetingSetting[], time: string): MeetingCalendar => ({
  rules: settings.map(
    (s): MeetingRule => ({
      kind: s.kind,
      months: s.kind === 'quarterly_summary' ? 'quarter' : 'every',
      nth: s.week,
      weekday: s.weekday,
    }),
  ),
  time,
})

/** A calendar as the settings the desk edits. */
export const toSettings = (calendar: MeetingCalendar): MeetingSetting[] =>
  calendar.rules.map((rule) => ({ kind: rule.kind, week: rule.nth, weekday: rule.weekday }))
