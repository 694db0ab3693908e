import { and, desc, eq, lte } from 'drizzle-orm'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import { GENESIS_HASH, rowHash } from './hash'
import { type AuditRow, auditLog } from './table'

/** What an audit row's prev_hash and hash hold between its append and its seal. */
export const UNSEALED = ''

/** Rows read in the first step back (usually the writer's own row and the sealed one before it). */
const FIRST_STEP = 4
/** The most rows read in one step back (after a crash left many unsealed), and updates per batch. */
const PAGE = 100

// biome-ignore lint/suspicious/noExplicitAny: works with any worker's schema
type Db = DrizzleD1Database<any>

/**
 * Chains every row up to `upTo` (default: the newest) that still awaits its hashes, oldest first.
 * Walks back by primary key from `upTo` to the last sealed row, so it costs one read when another
 * writer has sealed already. Rows are committed in sequence order (SQLite has one writer), so the
 * rows before a sealed row are all sealed. Each update only fills a row that is still unsealed,
 * and the hashes are a function of the rows, so concurrent sealers write the same values.
 * Returns how many rows this call sealed.
 */
export async function sealAuditChain(db: Db, upTo?: number): Promise<number> {
  const pending: AuditRow[] = []
  let below = upTo ?? Number.MAX_SAFE_INTEGER
  let previousHash: string | null = null
  let step = FIRST_STEP
  while (previousHash === null) {
    const page = await db
      .select()
      .from(auditLog)
      .where(lte(auditLog.seq, below))
      .orderBy(desc(auditLog.seq))
      .limit(step)
    for (const row of page) {
      if (row.hash !== UNSEALED) {
        previousHash = row.hash
        break
      }
      pending.push(row)
    }
    if (previousHash === null && page.length < step) previousHash = GENESIS_HASH
    below = (page.at(-1)?.seq ?? 1) - 1
    step = Math.min(step * 5, PAGE)
  }
  if (pending.length === 0) return 0

  const updates = []
  let prevHash = previousHash
  for (const row of pending.reverse()) {
    const { hash: _unsealed, ...fields } = row
    const hash = await rowHash({ ...fields, prevHash })
    updates.push(
      db
        .update(auditLog)
        .set({ prevHash, hash })
        .where(and(eq(auditLog.seq, row.seq), eq(auditLog.hash, UNSEALED))),
    )
    prevHash = hash
  }
  for (let i = 0; i < updates.length; i += PAGE) {
    const chunk = updates.slice(i, i + PAGE)
    await db.batch(chunk as [(typeof chunk)[number], ...typeof chunk])
  }
  return pending.length
}
