import type { AssignmentKind, MeetingKind } from '@platform/contracts'

/**
 * The branch's figures for officers' work, in ONE place (domain.md, "Six musts" and "Four
 * prohibitions"). A station may depart from some of them through its `station_config` row;
 * `stationRules` merges the two. Nothing else in the worker writes these numbers.
 */
export const BRANCH_RULES = {
  /** Hours a week in the community (6 h → 36 h). */
  weeklyHoursTarget: 36,
  /** Share of working time in the community (≥ 90 %; some stations set 80 %). */
  communityShareTarget: 0.9,
  /** One time entry may not be longer than a day. */
  maxEntryHours: 24,
  /** Years in post before a transfer without an override (at least 5 years, in principle). */
  minYearsInPost: 5,
  /** Station heads who sign a duty exception request (some stations: both heads). */
  exceptionHeads: 1,
  /** What stations list, besides the four prohibitions, as closed to dedicated officers. */
  excludedKinds: ['station_security_check'] as readonly AssignmentKind[],
  /** Weeks run Monday to Sunday in the branch's time zone. */
  timeZone: 'Asia/Shanghai',
  /** The daily reminder lists open items falling due within this many days after today. */
  upcomingDays: 7,
  /** The daily reminder shows at most this many overdue items, the latest due first kept. */
  overdueShown: 100,
  /** The branch view of the abstraction ledger names this many of the worst officers. */
  worstCount: 10,
  /** A problem found on joint-defence duty is due this many days after it reaches the officer's list. */
  dutyProblemDueDays: 0,
} as const

/**
 * A meeting that comes back on the `nth` `weekday` (1 = Monday … 7 = Sunday) of a month: "week
 * 1" is the month's days 1–7, "week 3" days 15–21. `months: 'quarter'` holds it only in the first
 * month of each quarter (January, April, July, October).
 */
export type MeetingRule = { kind: MeetingKind; months: 'every' | 'quarter'; nth: number; weekday: number }
export type MeetingCalendar = { rules: readonly MeetingRule[]; time: string }

/**
 * One station's work rhythm (domain.md, "Work rhythm"): the monthly summary meeting on the Tuesday
 * of week 1, the progress meeting on the Tuesday of week 3, the quarterly summary in the first
 * week of the quarter (held on its Tuesday here; a station may choose otherwise). 09:00 Beijing.
 */
export const BRANCH_MEETINGS: MeetingCalendar = {
  rules: [
    { kind: 'monthly_summary', months: 'every', nth: 1, weekday: 2 },
    { kind: 'monthly_progress', months: 'every', nth: 3, weekday: 2 },
    { kind: 'quarterly_summary', months: 'quarter', nth: 1, weekday: 2 },
  ],
  time: '09:00',
}

export type StationRules = {
  weeklyHoursTarget: number
  communityShareTarget: number
  maxEntryHours: number
  exceptionHeads: number
  excludedKinds: readonly AssignmentKind[]
  meetings: MeetingCalendar
}

export type StationConfigRow = {
  communityShareTarget: number | null
  exceptionHeads: number | null
  excludedKinds: string | null
  meetingCalendar?: string | null
}

const MEETING_KINDS: readonly string[] = ['monthly_summary', 'monthly_progress', 'quarterly_summary']

function isMeetingRule(value: unknown): value is MeetingRule {
  if (typeof value !== 'object' || value === null) return false
  const rule = value as Record<string, unknown>
  return (
    MEETING_KINDS.includes(rule.kind as string) &&
    (rule.months === 'every' || rule.months === 'quarter') &&
    Number.isInteger(rule.nth) &&
    (rule.nth as number) >= 1 &&
    (rule.nth as number) <= 4 &&
    Number.isInteger(rule.weekday) &&
    (rule.weekday as number) >= 1 &&
    (rule.weekday as number) <= 7
  )
}

/** A station's stored calendar, or null when it is missing or malformed (the branch's then applies). */
export function parseMeetingCalendar(json: string | null | undefined): MeetingCalendar | null {
  if (json === null || json === undefined) return null
  try {
    const value = JSON.parse(json) as { rules?: unknown; time?: unknown }
    if (!Array.isArray(value.rules) || !value.rules.every(isMeetingRule)) return null
    const time = typeof value.time === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value.time) ? value.time : null
    return { rules: value.rules, time: time ?? BRANCH_MEETINGS.time }
  } catch {
    return null
  }
}

function parseKinds(json: string | null): readonly AssignmentKind[] | null {
  if (json === null) return null
  try {
    const value = JSON.parse(json)
    return Array.isArray(value) ? (value.filter((k) => typeof k === 'string') as AssignmentKind[]) : null
  } catch {
    return null
  }
}

/** The rules in force at one station: the branch's, with the station's overrides. */
export function stationRules(row: StationConfigRow | undefined): StationRules {
  return {
    weeklyHoursTarget: BRANCH_RULES.weeklyHoursTarget,
    communityShareTarget: row?.communityShareTarget ?? BRANCH_RULES.communityShareTarget,
    maxEntryHours: BRANCH_RULES.maxEntryHours,
    exceptionHeads: row?.exceptionHeads ?? BRANCH_RULES.exceptionHeads,
    excludedKinds: parseKinds(row?.excludedKinds ?? null) ?? BRANCH_RULES.excludedKinds,
    meetings: parseMeetingCalendar(row?.meetingCalendar) ?? BRANCH_MEETINGS,
  }
}
