import type { TaskCadence, TaskView } from '@platform/contracts'
import { addDays, weekEndOf, weekStartOf } from './shanghai-time'

/** A period of a task list, both ends included (Beijing calendar dates). */
export type Period = { start: string; end: string }

const pad = (n: number) => String(n).padStart(2, '0')

/** The last day of the month holding `date`. */
export function monthEnd(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))]
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${date.slice(0, 7)}-${pad(last)}`
}

/** First month (1, 4, 7, 10) of the quarter holding `date`. */
const quarterFirstMonth = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1

/** The period of a cadence that holds `date`: its day, week (Mon–Sun), half month, month, quarter or year. */
export function periodOf(cadence: TaskCadence, date: string): Period {
  const year = date.slice(0, 4)
  switch (cadence) {
    case 'daily':
      return { start: date, end: date }
    case 'weekly': {
      const start = weekStartOf(date)
      return { start, end: weekEndOf(start) }
    }
    case 'half_monthly':
      return Number(date.slice(8, 10)) <= 15
        ? { start: `${date.slice(0, 7)}-01`, end: `${date.slice(0, 7)}-15` }
        : { start: `${date.slice(0, 7)}-16`, end: monthEnd(date) }
    case 'monthly':
      return { start: `${date.slice(0, 7)}-01`, end: monthEnd(date) }
    case 'quarterly': {
      const first = quarterFirstMonth(date)
      return { start: `${year}-${pad(first)}-01`, end: monthEnd(`${year}-${pad(first + 2)}-01`) }
    }
    case 'annual':
      return { start: `${year}-01-01`, end: `${year}-12-31` }
  }
}

/** The window a view of `GET /me/tasks` shows. */
export function viewWindow(view: TaskView, date: string): { from: string; to: string } {
  const cadence = ({ day: 'daily', week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'annual' } as const)[
    view
  ]
  const { start, end } = periodOf(cadence, date)
  return { from: start, to: end }
}

/** Which cadences' lists a view shows: the month view holds both halves and the month. */
export const CADENCES_OF_VIEW: Record<TaskView, readonly TaskCadence[]> = {
  day: ['daily'],
  week: ['weekly'],
  month: ['half_monthly', 'monthly'],
  quarter: ['quarterly'],
  year: ['annual'],
}

export const ALL_CADENCES: readonly TaskCadence[] = [
  'daily',
  'weekly',
  'half_monthly',
  'monthly',
  'quarterly',
  'annual',
]

/** Every period of a cadence that overlaps [from, to], in order. */
export function periodsIn(cadence: TaskCadence, from: string, to: string): Period[] {
  const periods: Period[] = []
  let cursor = from
  while (cursor <= to) {
    const period = periodOf(cadence, cursor)
    periods.push(period)
    cursor = addDays(period.end, 1)
  }
  return periods
}
