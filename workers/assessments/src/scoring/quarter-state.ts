import { ruleBroken } from '@platform/server-kit'
import { and, eq } from 'drizzle-orm'
import type { Db } from '../db'
import { quarterClose } from '../db/schema'

/** The close record of a station's quarter, or null while it is open. */
export async function closeOf(db: Db, stationId: string, quarter: string) {
  const [row] = await db
    .select()
    .from(quarterClose)
    .where(and(eq(quarterClose.stationId, stationId), eq(quarterClose.quarter, quarter)))
    .limit(1)
  return row ?? null
}

/** A closed quarter is frozen: scores change only by adjustments that point at a cause (422). */
export async function assertOpenQuarter(db: Db, stationId: string, quarter: string) {
  if (await closeOf(db, stationId, quarter))
    throw ruleBroken(
      'RULE_QUARTER_FROZEN',
      `${quarter} is closed: its scores are frozen, a later change is an adjustment pointing at its cause`,
    )
}
