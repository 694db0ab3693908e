import { addDays, weekStartOf } from '../../../workers/officers/src/rules/shanghai-time'
import type { Rng } from './prng'
import type { Row } from './tables'

// A year of time in the community for every officer, so the station dashboard's hours (officers
// worker, RPC `communityHours`) fill every month of its window. The article: dedicated officers
// went from 6 h to 36 h a week in the community; part-timers stayed near the old 6 h. So most
// weeks of a dedicated officer hold 36–39 h over Monday to Saturday, a few are short (leave,
// training, sickness) or missing; a part-timer logs two short stretches a week.
// Weeks run from the one holding the first day of the month a year before TASKS_UNTIL's month up
// to the week before TASKS_UNTIL's (that week is left open). Every week with entries is submitted,
// all but the latest approved, as the officers worker does it: communityHours counts only those.
// An officer who already holds seeded weeks (the demo officer's, officer-weeks.ts) gets this year
// only up to OPEN_WEEKS_BEFORE_HELD weeks before the first of them: those weeks stay open and empty
// (the end-to-end test of offline entries looks for one), and no entry can overlap another
// (RULE_PRESENCE_OVERLAP): one stretch a day per officer, never in a held week.
// Deterministic: dates follow TASKS_UNTIL, never the clock; one stretch a day keeps the row count
// (and the seed's time) small.

export const PRESENCE_YEAR_MONTHS = 12
/** Open, empty weeks left before an officer's first held week. */
export const OPEN_WEEKS_BEFORE_HELD = 4
/** Who approved the seeded weeks: a marker, not an account (no team leader signs in for them). */
export const SEED_APPROVER = 'district-seed'

const ACTIVITIES = ['household_visit', 'registration', 'outreach', 'dispute_work', 'community_patrol', 'key_unit_check']
const QUARTER_HOUR = 15

type Officer = Pick<Row<'officers', 'officer'>, 'id' | 'dedicated' | 'inPostSince'>
type YearOfPresence = {
  presenceEntry: Row<'officers', 'presenceEntry'>[]
  presenceWeek: Row<'officers', 'presenceWeek'>[]
}

const at = (date: string, minuteOfDay: number) =>
  `${date}T${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}:00+08:00`
const utc = (instant: string) => new Date(instant).toISOString()

/** The Mondays of the seeded weeks, oldest first. */
export function presenceYearWeeks(until: string, months = PRESENCE_YEAR_MONTHS): string[] {
  const [year, month] = until.split('-').map(Number) as [number, number]
  const index = year * 12 + month - 1 - months
  const firstDay = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
  const weeks: string[] = []
  for (let monday = weekStartOf(firstDay); monday < weekStartOf(until); monday = addDays(monday, 7)) weeks.push(monday)
  return weeks
}

/** Minutes in the community for one officer-week: 0 for a week away, the days it falls on. */
function weekPlan(rng: Rng, dedicated: boolean): { days: number[]; minutes: number } {
  const roll = rng.int(1, 100)
  if (!dedicated) return { days: [rng.int(0, 2), rng.int(3, 5)], minutes: rng.int(16, 32) * QUARTER_HOUR }
  // About one week in fifty away (leave), one in twelve short (training, sickness, a long meeting).
  if (roll <= 2) return { days: [], minutes: 0 }
  if (roll <= 10) {
    const count = rng.int(2, 4)
    return { days: [0, 1, 2, 3, 4, 5].slice(0, count), minutes: count * rng.int(22, 28) * QUARTER_HOUR }
  }
  return { days: [0, 1, 2, 3, 4, 5], minutes: rng.int(144, 156) * QUARTER_HOUR }
}

/** One week's entries for one officer: the minutes spread over its days in quarter hours, one stretch a day. */
function weekEntries(
  rng: Rng,
  nextId: () => string,
  officerId: string,
  gridId: string,
  monday: string,
  plan: ReturnType<typeof weekPlan>,
) {
  const quarters = plan.minutes / QUARTER_HOUR
  const base = Math.floor(quarters / plan.days.length)
  return plan.days.map((d, i) => {
    const date = addDays(monday, d)
    const length = (base + (i < quarters % plan.days.length ? 1 : 0)) * QUARTER_HOUR
    const startMinute = 8 * 60 + rng.int(0, 4) * QUARTER_HOUR
    const start = at(date, startMinute)
    const end = at(date, startMinute + length)
    return {
      id: nextId(),
      officerId,
      gridId,
      activity: rng.pick(ACTIVITIES),
      start,
      end,
      startUtc: utc(start),
      endUtc: utc(end),
      minutes: length,
      weekStart: monday,
      note: null,
      createdAt: utc(end),
    }
  })
}

export function generatePresenceYear(
  rng: Rng,
  nextId: () => string,
  officers: readonly Officer[],
  gridOf: (officerId: string) => string | undefined,
  until: string,
  /** The Monday from which an officer's year stops (weeks held already, and the open ones before). */
  stopOf: (officerId: string) => string | undefined = () => undefined,
): YearOfPresence {
  const year: YearOfPresence = { presenceEntry: [], presenceWeek: [] }
  const weeks = presenceYearWeeks(until)
  const latest = weeks.at(-1)
  for (const officer of officers) {
    const gridId = gridOf(officer.id)
    if (!gridId) continue
    const stop = stopOf(officer.id)
    for (const monday of weeks) {
      if (stop !== undefined && monday >= stop) break
      const plan = weekPlan(rng, officer.dedicated)
      // From the first whole week in post.
      if (plan.days.length === 0 || monday < officer.inPostSince) continue
      year.presenceEntry.push(...weekEntries(rng, nextId, officer.id, gridId, monday, plan))
      const sunday = addDays(monday, 6)
      // The latest week is submitted and waits for the team leader about one time in three.
      const waiting = monday === latest && rng.int(1, 3) === 1
      year.presenceWeek.push({
        officerId: officer.id,
        weekStart: monday,
        status: waiting ? 'submitted' : 'approved',
        submittedAt: utc(`${sunday}T18:00:00+08:00`),
        approvedBy: waiting ? null : SEED_APPROVER,
        approvedAt: waiting ? null : utc(`${addDays(sunday, 1)}T09:30:00+08:00`),
      })
    }
  }
  return year
}

/**
 * The year of presence for every officer of the district, up to the weeks already held by the
 * seed (`held`: the demo officer's, officer-weeks.ts) less OPEN_WEEKS_BEFORE_HELD open ones (for
 * the other officers a demo account stands for too). Each
 * officer logs time in a grid of their own, or else one of their team's.
 */
export function presenceYearOf(
  rng: Rng,
  nextId: () => string,
  rows: {
    officer: readonly (Officer & { teamId?: string | null })[]
    gridResponsibility: readonly { gridId: string; officerId: string }[]
    teamGrid: readonly { teamId: string; gridId: string }[]
  },
  held: readonly { officerId: string; weekStart: string }[],
  until: string,
  /**
   * Officers a demo account signs in as: whatever they log themselves in a local state seeded
   * before (recent weeks) must not meet a seeded entry, so their year stops where the held weeks' does.
   */
  signedInOfficers: readonly string[] = [],
): YearOfPresence {
  const firstHeld = new Map<string, string>()
  for (const w of held)
    if (!firstHeld.has(w.officerId) || w.weekStart < (firstHeld.get(w.officerId) as string))
      firstHeld.set(w.officerId, w.weekStart)
  const earliest = [...firstHeld.values()].sort()[0]
  if (earliest !== undefined) for (const id of signedInOfficers) if (!firstHeld.has(id)) firstHeld.set(id, earliest)
  const own = new Map<string, string>()
  for (const r of rows.gridResponsibility) if (!own.has(r.officerId)) own.set(r.officerId, r.gridId)
  const teamOf = new Map(rows.officer.map((o) => [o.id, o.teamId]))
  const gridOf = (officerId: string) =>
    own.get(officerId) ?? rows.teamGrid.find((t) => t.teamId === teamOf.get(officerId))?.gridId
  const stopOf = (officerId: string) => {
    const first = firstHeld.get(officerId)
    return first === undefined ? undefined : addDays(first, -7 * OPEN_WEEKS_BEFORE_HELD)
  }
  return generatePresenceYear(rng, nextId, rows.officer, gridOf, until, stopOf)
}
