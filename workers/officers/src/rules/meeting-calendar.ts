import type { MeetingKind } from '@platform/contracts'
import type { MeetingCalendar } from '../config'
import { addDays } from './shanghai-time'
import { monthEnd } from './task-periods'

export type MeetingDay = { kind: MeetingKind; date: string; startsAt: string }

/** The `nth` `weekday` (1 = Monday … 7 = Sunday) of the month that starts on `monthStart`. */
export function nthWeekday(monthStart: string, nth: number, weekday: number): string {
  const first = new Date(`${monthStart}T00:00:00Z`).getUTCDay() || 7 // 1 = Monday … 7 = Sunday
  return addDays(monthStart, ((weekday - first + 7) % 7) + (nth - 1) * 7)
}

/** Meetings of a calendar between two dates (both included), in date order. */
export function meetingsBetween(calendar: MeetingCalendar, from: string, to: string): MeetingDay[] {
  const meetings: MeetingDay[] = []
  let monthStart = `${from.slice(0, 7)}-01`
  while (monthStart <= to) {
    const month = Number(monthStart.slice(5, 7))
    for (const rule of calendar.rules) {
      if (rule.months === 'quarter' && (month - 1) % 3 !== 0) continue
      const date = nthWeekday(monthStart, rule.nth, rule.weekday)
      if (date >= from && date <= to && date <= monthEnd(monthStart))
        meetings.push({ kind: rule.kind, date, startsAt: `${date}T${calendar.time}:00+08:00` })
    }
    monthStart = addDays(monthEnd(monthStart), 1)
  }
  return meetings.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind))
}
