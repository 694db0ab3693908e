import { eq } from 'drizzle-orm'
import { STATUS_LINK_DAYS_AFTER_CLOSE } from '../config'
import type { Db } from '../db'
import { type DisputeRow, dispute } from '../db/schema'
import { hashStatusSecret, STATUS_SECRET_PATTERN } from '../rules/status-secret'

const DAY = 24 * 60 * 60 * 1000

/**
 * The dispute a status link opens, or null. Unknown, malformed and expired links are all null,
 * so nothing tells them apart.
 */
export async function findByStatusSecret(db: Db, secret: string, now = Date.now()): Promise<DisputeRow | null> {
  if (!STATUS_SECRET_PATTERN.test(secret)) return null
  const [row] = await db
    .select()
    .from(dispute)
    .where(eq(dispute.statusSecretHash, await hashStatusSecret(secret)))
    .limit(1)
  if (!row) return null
  if (row.closedAt && Date.parse(row.closedAt) + STATUS_LINK_DAYS_AFTER_CLOSE * DAY < now) return null
  return row
}
