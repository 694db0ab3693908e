import type { Agency, Arrangement } from '@platform/contracts'
import { LOCAL_UTC_OFFSET_HOURS } from '../config'
import type { WorkingCalendar } from '../working-calendar'
import { isWorkingDay, localDate } from './deadlines'

export type RosterMember = { agency: Agency; arrangement: Arrangement; weekdays: readonly number[]; active: boolean }
export type Presence = 'present' | 'on_call' | 'away'

const DAY = 86_400_000

/** ISO weekday (1 Monday … 7 Sunday) of an instant in Beijing. */
export const isoWeekday = (at: Date) => {
  const day = new Date(at.getTime() + LOCAL_UTC_OFFSET_HOURS * 3_600_000).getUTCDay()
  return day === 0 ? 7 : day
}

/**
 * Where a member is on a day (常驻制+轮驻制+随驻制): a resident member is at the station every
 * working day; a rotating one on the working days of the weekdays set for them; an on-call one
 * is reachable on working days without sitting at the station. Nobody is rostered on a day off
 * (a public holiday or a weekend that is not a make-up working day); inactive members never.
 */
export function presenceOn(member: RosterMember, at: Date, calendar?: WorkingCalendar): Presence {
  if (!member.active || !isWorkingDay(at, calendar)) return 'away'
  switch (member.arrangement) {
    case 'resident':
      return 'present'
    case 'rotating':
      return member.weekdays.includes(isoWeekday(at)) ? 'present' : 'away'
    case 'on_call':
      return 'on_call'
  }
}

/** Per agency on a day: how many are at the station and how many on call (counts, never names). */
export function agenciesOn(
  staff: readonly RosterMember[],
  at: Date,
  agencies: readonly Agency[],
  calendar?: WorkingCalendar,
) {
  return agencies.map((agency) => {
    const mine = staff.filter((member) => member.agency === agency).map((member) => presenceOn(member, at, calendar))
    return {
      agency,
      present: mine.filter((p) => p === 'present').length,
      onCall: mine.filter((p) => p === 'on_call').length,
    }
  })
}

/** The coming days from `at` (today first): the date, whether it is a working day, the agencies there. */
export function weekAhead(
  staff: readonly RosterMember[],
  at: Date,
  agencies: readonly Agency[],
  days: number,
  calendar?: WorkingCalendar,
) {
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(at.getTime() + i * DAY)
    return {
      date: localDate(day),
      workingDay: isWorkingDay(day, calendar),
      agencies: agenciesOn(staff, day, agencies, calendar)
        .filter((row) => row.present > 0)
        .map((row) => row.agency),
    }
  })
}

/** The stored form of a member's weekdays ("1,3,5"), in order. */
export const weekdaysToText = (days: readonly number[]) => [...days].sort((a, b) => a - b).join(',')
export const weekdaysFromText = (text: string) =>
  text
    .split(',')
    .map(Number)
    .filter((day) => Number.isInteger(day) && day >= 1 && day <= 7)
