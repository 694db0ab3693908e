import { desc } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import { GENESIS_HASH, rowHash, stateHash } from './hash'
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
 * Enough for bursts of concurrent writers on one database: the load tests (tests/reliability)
 * lost more than 4 races in a row with 10 clients submitting at once (and 16 with the pause below
 * on a busy machine), which answered 500. (Making one isolate's appends take turns through a shared
 * promise was tried and dropped: workerd cancels a request that waits on another request's promise.)
 */
const MAX_ATTEMPTS = 30

/**
 * Writes a state change and its audit row in one D1 batch (D1's only transaction). The row's
 * sequence number is the previous one plus one and is the primary key, so two writers that read
 * the same tail cannot both append: the loser's whole batch fails and is retried on the new tail.
 */
export async function writeWithAudit(
  db: Db,
  statements: BatchItem<'sqlite'>[],
  entry: AuditEntry,
  options: { now?: () => Date; attempts?: number } = {},
) {
  const attempts = options.attempts ?? MAX_ATTEMPTS
  for (let attempt = 1; ; attempt++) {
    const started = Date.now()
    const [tail] = await db
      .select({ seq: auditLog.seq, hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.seq))
      .limit(1)
    const row = {
      seq: (tail?.seq ?? 0) + 1,
      at: (options.now?.() ?? new Date()).toISOString(),
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      requestId: entry.requestId,
      beforeHash: await stateHash(entry.before),
      afterHash: await stateHash(entry.after),
      prevHash: tail?.hash ?? GENESIS_HASH,
    }
    const audit = db.insert(auditLog).values({ ...row, hash: await rowHash(row) })
    try {
      return await db.batch([...statements, audit] as unknown as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]])
    } catch (err) {
      const lostRace = /UNIQUE constraint failed: audit_log\.seq|PRIMARY KEY/i.test(
        String((err as Error)?.message ?? err),
      )
      if (!lostRace || attempt >= attempts) throw err
      // Writers that lost together would meet again on the next tail: a random pause, as long as
      // an attempt takes (slower under load) times the attempt number, spreads them out.
      const pause = Math.random() * Math.max(5, Date.now() - started) * Math.min(attempt, 8)
      await new Promise((resolve) => setTimeout(resolve, pause))
    }
  }
}
