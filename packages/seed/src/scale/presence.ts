import type { DatabaseSync } from 'node:sqlite'
import { presenceEntry, presenceWeek } from '../../../../workers/officers/src/db/schema'
import type { Rng } from '../prng'
import { createUlid } from '../ulid'
import type { DistrictIds } from './district-ids'
import { inserter } from './insert'
import { progress } from './progress'

// Time in the community over the last two years: every officer with grids logs stretches of
// 45 minutes, Monday to Saturday, as many a week as it takes to reach the wanted total; weeks
// before the current one are submitted and approved. Times as the officers worker stores them:
// local start/end with the +08:00 offset, UTC instants, minutes, the week's Monday.

const DAY = 86_400_000
const OFFSET = 8 * 3_600_000
const STRETCH_MINUTES = 45
const ACTIVITIES = [
  'household_visit',
  'registration',
  'outreach',
  'dispute_work',
  'community_patrol',
  'meeting',
] as const

const localText = (utc: number) => `${new Date(utc + OFFSET).toISOString().slice(0, 16)}:00+08:00`

/** Monday 00:00 Asia/Shanghai of the week holding `utc`, as a UTC instant. */
function mondayOf(utc: number) {
  const local = new Date(utc + OFFSET)
  const day = (local.getUTCDay() + 6) % 7
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - day) - OFFSET
}

/**
 * The officers worker refuses overlapping entries with a trigger that looks at every entry of the
 * officer, which makes a million inserts quadratic. The generated stretches cannot overlap (fixed
 * slots, and weeks the district seed already holds are skipped), so the trigger is set aside for
 * the bulk load and put back as it was, whatever happens.
 */
function withoutOverlapTrigger<T>(db: DatabaseSync, load: () => T): T {
  const trigger = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'presence_entry'")
    .all() as { name: string; sql: string }[]
  for (const { name } of trigger) db.exec(`DROP TRIGGER "${name}"`)
  try {
    return load()
  } finally {
    for (const { sql } of trigger) db.exec(sql)
  }
}

export function writeScalePresence(
  db: DatabaseSync,
  ids: DistrictIds,
  options: { count: number; weeks: number; now: number; rng: Rng },
) {
  return withoutOverlapTrigger(db, () => writePresence(db, ids, options))
}

function writePresence(
  db: DatabaseSync,
  ids: DistrictIds,
  options: { count: number; weeks: number; now: number; rng: Rng },
) {
  const { rng, count } = options
  // Weeks the district seed already filled (the demo officers' recent weeks) stay as they are.
  const seeded = new Set(
    (
      db.prepare('SELECT DISTINCT officer_id AS o, week_start AS w FROM presence_entry').all() as {
        o: string
        w: string
      }[]
    ).map((r) => `${r.o} ${r.w}`),
  )
  const officers = ids.officers.filter((o) => o.grids.length > 0)
  const thisWeek = mondayOf(options.now)
  const weekStartOf = (w: number) => new Date(thisWeek - w * 7 * DAY + OFFSET).toISOString().slice(0, 10)
  // The count spreads over the officer-weeks still free: the district seed holds a year of every
  // officer's weeks (presence-year.ts), so dividing by all of them would write about half the count.
  let free = 0
  for (let w = options.weeks; w >= 1; w--)
    for (const officer of officers) if (!seeded.has(`${officer.id} ${weekStartOf(w)}`)) free++
  const perWeek = Math.ceil(count / Math.max(1, free))
  const perDay = Math.ceil(perWeek / 6)
  const bar = progress('presence entries', count)
  const entries = inserter(db, presenceEntry, bar)
  const weeks = inserter(db, presenceWeek)
  let made = 0
  for (let w = options.weeks; w >= 1 && made < count; w--) {
    const monday = thisWeek - w * 7 * DAY
    const weekStart = weekStartOf(w)
    for (const officer of officers) {
      if (made >= count) break
      if (seeded.has(`${officer.id} ${weekStart}`)) continue
      const nextId = createUlid(rng, monday)
      for (let n = 0; n < perWeek && made < count; n++, made++) {
        const day = Math.floor(n / perDay)
        const slot = n % perDay
        const start = monday + day * DAY + (8 * 60 + 30 + slot * (STRETCH_MINUTES + 5)) * 60_000
        const end = start + STRETCH_MINUTES * 60_000
        entries.add({
          id: nextId(),
          officerId: officer.id,
          gridId: rng.pick(officer.grids),
          activity: rng.pick(ACTIVITIES),
          start: localText(start),
          end: localText(end),
          startUtc: new Date(start).toISOString(),
          endUtc: new Date(end).toISOString(),
          minutes: STRETCH_MINUTES,
          weekStart,
          createdAt: new Date(end).toISOString(),
        })
      }
      const submittedAt = new Date(monday + 7 * DAY).toISOString()
      weeks.add({
        officerId: officer.id,
        weekStart,
        status: 'approved',
        submittedAt,
        approvedBy: 'scale-seed',
        approvedAt: submittedAt,
      })
    }
  }
  const written = entries.finish()
  weeks.finish()
  bar.done()
  return { written }
}
