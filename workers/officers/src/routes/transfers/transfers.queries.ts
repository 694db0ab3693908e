import type { Transfer } from '@platform/contracts'
import { desc, eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { gridResponsibility, officer, transferRequest } from '../../db/schema'

export type TransferRow = typeof transferRequest.$inferSelect

const gridsOf = (row: Pick<TransferRow, 'movedGrids'>): string[] => {
  const value = JSON.parse(row.movedGrids) as unknown
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** The API's view of a row: the moved grids as a list. */
export const toTransfer = (row: TransferRow): Transfer => ({ ...row, movedGrids: gridsOf(row) })

export async function findTransfer(db: Db, id: string) {
  const [row] = await db.select().from(transferRequest).where(eq(transferRequest.id, id)).limit(1)
  return row
}

export async function findInPostSince(db: Db, officerId: string) {
  const [row] = await db
    .select({ inPostSince: officer.inPostSince })
    .from(officer)
    .where(eq(officer.id, officerId))
    .limit(1)
  return row?.inPostSince
}

/** The grids an officer answers for now (one responsible officer per grid). */
export async function gridsAnsweredBy(db: Db, officerId: string) {
  const rows = await db
    .select({ gridId: gridResponsibility.gridId, officerId: gridResponsibility.officerId })
    .from(gridResponsibility)
    .where(eq(gridResponsibility.officerId, officerId))
  return rows.map((row) => row.gridId)
}

const LIST_LIMIT = 200

export function listTransferRows(db: Db, stationId: string | undefined) {
  return db
    .select()
    .from(transferRequest)
    .where(stationId === undefined ? undefined : eq(transferRequest.stationId, stationId))
    .orderBy(desc(transferRequest.requestedAt))
    .limit(LIST_LIMIT)
}
