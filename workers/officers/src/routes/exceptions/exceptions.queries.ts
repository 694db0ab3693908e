import type { DutyException } from '@platform/contracts'
import { and, desc, eq, type SQL } from 'drizzle-orm'
import type { Db } from '../../db'
import { dutyException } from '../../db/schema'
import { exceptionStatus } from '../../rules/exception-rules'

export type ExceptionRow = typeof dutyException.$inferSelect

export const signersOf = (row: Pick<ExceptionRow, 'requestedBy'>): string[] => {
  const value = JSON.parse(row.requestedBy) as unknown
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** The API's view of a row: signers as a list, `expired` computed for today. */
export const toDutyException = (row: ExceptionRow, today: string): DutyException => ({
  ...row,
  requestedBy: signersOf(row),
  status: exceptionStatus(row, today),
})

export async function findException(db: Db, id: string) {
  const [row] = await db.select().from(dutyException).where(eq(dutyException.id, id)).limit(1)
  return row
}

const LIST_LIMIT = 200

export function listExceptions(db: Db, filter: { stationId?: string | undefined; stored?: SQL | undefined }) {
  return db
    .select()
    .from(dutyException)
    .where(
      and(filter.stationId === undefined ? undefined : eq(dutyException.stationId, filter.stationId), filter.stored),
    )
    .orderBy(desc(dutyException.createdAt))
    .limit(LIST_LIMIT)
}
