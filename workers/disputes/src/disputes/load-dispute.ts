import type { Scope } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { Db } from '../db'
import { type DisputeRow, dispute } from '../db/schema'
import { inLedgerScope } from '../rules/scope'

/** A dispute by id inside the actor's scope; outside it answers 404 like an unknown id. */
export async function loadDispute(db: Db, id: string, scope: Scope): Promise<DisputeRow> {
  const [row] = await db.select().from(dispute).where(eq(dispute.id, id)).limit(1)
  if (!row || !inLedgerScope(scope, row)) throw notFound('Dispute', { id })
  return row
}
