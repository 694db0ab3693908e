import { addDays, weekStartOf } from '../../../workers/officers/src/rules/shanghai-time'
import type { Rng } from './prng'
import type { Row } from './tables'
import { TASKS_UNTIL } from './task-plans'

// The demo officer's past weeks in the community, so the week view, the weekly report, the team
// progress sheet and the abstraction ledger have a history: three weeks before the week of
// TASKS_UNTIL (that week is left to the officer and the end-to-end test), each submitted and
// approved, with a level-1 reinforced duty (allowed) and a refused patrol-car attempt on record.
// Deterministic: dates are fixed relative to TASKS_UNTIL, never to the clock.

const WEEKS = 3
const ACTIVITIES = ['household_visit', 'registration', 'outreach', 'dispute_work', 'community_patrol', 'key_unit_check']

type Weeks = {
  presenceEntry: Row<'officers', 'presenceEntry'>[]
  presenceWeek: Row<'officers', 'presenceWeek'>[]
  assignment: Row<'officers', 'assignment'>[]
  refusedAssignment: Row<'officers', 'refusedAssignment'>[]
}

const at = (date: string, time: string) => `${date}T${time}:00+08:00`
const utc = (instant: string) => new Date(instant).toISOString()

export function generateOfficerWeeks(
  rng: Rng,
  nextId: () => string,
  demo: { officerId: string; stationId: string; gridId: string; leaderUserId: string; headUserId: string } | undefined,
): Weeks {
  const weeks: Weeks = { presenceEntry: [], presenceWeek: [], assignment: [], refusedAssignment: [] }
  if (!demo) return weeks
  const lastWeek = weekStartOf(TASKS_UNTIL)
  for (let w = WEEKS; w >= 1; w--) {
    const monday = addDays(lastWeek, -7 * w)
    // Monday to Saturday, two stretches a day: about 6 to 7 hours in the community each day.
    for (let d = 0; d < 6; d++) {
      const date = addDays(monday, d)
      const morningEnd = `${String(rng.int(11, 12)).padStart(2, '0')}:${rng.pick(['00', '30'])}`
      const afternoonEnd = `${String(rng.int(16, 17)).padStart(2, '0')}:${rng.pick(['00', '30'])}`
      for (const [from, to] of [
        ['08:00', morningEnd],
        ['13:30', afternoonEnd],
      ] as const) {
        const start = at(date, from)
        const end = at(date, to)
        weeks.presenceEntry.push({
          id: nextId(),
          officerId: demo.officerId,
          gridId: demo.gridId,
          activity: rng.pick(ACTIVITIES),
          start,
          end,
          startUtc: utc(start),
          endUtc: utc(end),
          minutes: (Date.parse(end) - Date.parse(start)) / 60_000,
          weekStart: monday,
          note: null,
          createdAt: utc(end),
        })
      }
    }
    const sunday = addDays(monday, 6)
    weeks.presenceWeek.push({
      officerId: demo.officerId,
      weekStart: monday,
      status: 'approved',
      submittedAt: utc(at(sunday, '18:00')),
      approvedBy: demo.leaderUserId,
      approvedAt: utc(at(addDays(sunday, 1), '09:30')),
    })
    // Saturday evening: level-1 reinforced duty (allowed, recorded) and a refused patrol-car attempt.
    const saturday = addDays(monday, 5)
    weeks.assignment.push({
      id: nextId(),
      officerId: demo.officerId,
      stationId: demo.stationId,
      kind: 'level1_reinforced_duty',
      start: at(saturday, '18:00'),
      end: at(saturday, '22:00'),
      reason: '一级加强勤务',
      exceptionId: null,
      caseLevel: null,
      caseQuota: null,
      createdBy: demo.headUserId,
      createdAt: utc(at(addDays(monday, 3), '10:00')),
    })
    if (w !== 2)
      weeks.refusedAssignment.push({
        id: nextId(),
        officerId: demo.officerId,
        stationId: demo.stationId,
        kind: 'patrol_car',
        start: at(addDays(monday, 2), '20:00'),
        end: at(addDays(monday, 3), '08:00'),
        rule: 'RULE_NO_PATROL_CAR',
        attemptedBy: demo.headUserId,
        attemptedAt: utc(at(addDays(monday, 2), '11:00')),
      })
  }
  return weeks
}
