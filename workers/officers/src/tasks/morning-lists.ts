import type { Db } from '../db'
import { loadPeople } from '../figures/work-minutes'
import { ALL_CADENCES } from '../rules/task-periods'
import { ensureLists } from './task-lists'

/**
 * The morning run (cron): every officer's lists of the periods holding `date`, so the day's items
 * exist (and fall overdue later) even for an officer who does not open the desk. Idempotent like
 * generation on read; returns how many items were made.
 */
export async function makeListsOf(db: Db, date: string): Promise<number> {
  const people = await loadPeople(db, {})
  return ensureLists(
    db,
    people,
    ALL_CADENCES,
    { from: date, to: date },
    {
      actorId: 'system:morning-lists',
      requestId: `cron-${date}`,
    },
  )
}
