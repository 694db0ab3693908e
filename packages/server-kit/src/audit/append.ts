import type { BatchItem } from 'drizzle-orm/batch'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import { stateHash } from './hash'
import { sealAuditChain, UNSEALED } from './seal'
import { auditLog } from './table'

export type AuditEntry = {
  actorId: string
  action: string
  entity: string
  entityId: string
  requestId: string
  before?: unknown
  after?: unknown
}

// biome-ignore lint/suspicious/noExplicitAny: works with any worker's schema
type Db = DrizzleD1Database<any>

/**
 * Writes a state change and its audit row in one D1 batch (D1's only transaction), then chains it.
 *
 * The row's sequence number is given by SQLite inside the batch (the rowid after the last row), so
 * concurrent writers never race for it: an earlier version read the tail and appended tail + 1,
 * and under 50 concurrent clients the losers' retries outlasted the gateway's time-out (504s in
 * `pnpm soak`). The row is written with its two hashes empty and sealed right after — by this
 * writer or whichever writer comes next (sealing is deterministic, so two sealers agree). A seal
 * that fails leaves the change committed and the row for the next writer or the verifier.
 */
export async function writeWithAudit(
  db: Db,
  statements: BatchItem<'sqlite'>[],
  entry: AuditEntry,
  options: { now?: () => Date } = {},
) {
  const audit = db
    .insert(auditLog)
    .values({
      at: (options.now?.() ?? new Date()).toISOString(),
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      requestId: entry.requestId,
      beforeHash: await stateHash(entry.before),
      afterHash: await stateHash(entry.after),
      prevHash: UNSEALED,
      hash: UNSEALED,
    })
    .returning({ seq: auditLog.seq })
  const results = await db.batch([...statements, audit] as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
  const seq = (results.at(-1) as { seq: number }[])[0]?.seq
  try {
    await sealAuditChain(db, seq)
  } catch (err) {
    // Only the sequence number and the error's name: nothing from the record.
    console.warn(JSON.stringify({ event: 'audit.seal_deferred', seq, error: (err as Error)?.name }))
  }
  return results
}
