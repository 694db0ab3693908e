import { type DisputeDeadlines, LOCAL_UTC_OFFSET_HOURS } from '../config'

export type DeadlineTier = 'first_contact' | 'simple' | 'complex' | 'referral'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const OFFSET = LOCAL_UTC_OFFSET_HOURS * HOUR

/** Saturday and Sunday in Beijing time. Public holidays are not modelled yet. */
export const isWeekend = (at: Date) => {
  const day = new Date(at.getTime() + OFFSET).getUTCDay()
  return day === 0 || day === 6
}

/**
 * `n` working days after `from`, at the same local time: each step moves a day ahead and only
 * Monday–Friday count (Friday 17:00 + 1 → Monday 17:00; Saturday 10:00 + 1 → Monday 10:00).
 */
export function addWorkingDays(from: Date, n: number): Date {
  let at = from.getTime()
  let left = n
  while (left > 0) {
    at += DAY
    if (!isWeekend(new Date(at))) left -= 1
  }
  return new Date(at)
}

/** When a tier's deadline falls, counted from `from` (receipt for first contact, triage otherwise). */
export function deadlineFor(tier: DeadlineTier, from: Date, config: DisputeDeadlines): Date {
  switch (tier) {
    case 'first_contact':
      return new Date(from.getTime() + config.firstContactHours * HOUR)
    case 'simple':
      return new Date(from.getTime() + config.simpleDays * DAY)
    case 'complex':
      return new Date(from.getTime() + config.complexDays * DAY)
    case 'referral':
      return addWorkingDays(from, config.referralWorkingDays)
  }
}

/** Past due: the deadline has passed and the step it belongs to is still open. */
export const isOverdue = (dueAt: string | null, now: Date) => dueAt !== null && Date.parse(dueAt) < now.getTime()

/** Due within the warning time and not yet past: the list a team leader reads before a breach. */
export const isDueSoon = (dueAt: string | null, now: Date, warnHours: number) =>
  dueAt !== null && !isOverdue(dueAt, now) && Date.parse(dueAt) - now.getTime() <= warnHours * HOUR
