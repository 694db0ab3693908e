import { type AuditEntry, runIdempotent, type StoredAnswer, writeWithAudit } from '@platform/server-kit'
import type { BatchItem } from 'drizzle-orm/batch'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env'
import type { Db } from '../db'

/** A state change: its statements, the answer to give and what the audit row says. */
export type Change = {
  statements: BatchItem<'sqlite'>[]
  answer: StoredAnswer
  audit: Omit<AuditEntry, 'actorId' | 'requestId'>
}

// biome-ignore lint/suspicious/noExplicitAny: any route's context of this worker
type AnyContext = Context<AppEnv, any, any>

/** Writes the change and its chained audit row in one batch. */
export async function commit(c: AnyContext, db: Db, change: Change, extra: BatchItem<'sqlite'>[] = []) {
  await writeWithAudit(db, [...change.statements, ...extra], {
    ...change.audit,
    actorId: c.var.actor.userId,
    requestId: c.get('requestId'),
  })
  return change.answer
}

/**
 * A creating request: with an `Idempotency-Key`, a retry answers the first answer and writes
 * nothing (the key row goes in the same batch); without one, it just writes. `make` reads what
 * it needs and refuses (throws) before anything is written.
 */
export async function createOnce(
  c: AnyContext,
  db: Db,
  operation: string,
  body: unknown,
  make: () => Promise<Change>,
): Promise<StoredAnswer> {
  const key = c.req.header('Idempotency-Key')
  if (!key) return commit(c, db, await make())
  return runIdempotent(db, { caller: c.var.actor.userId, operation, key, body }, async (remember) => {
    const change = await make()
    return commit(c, db, change, await remember(change.answer))
  })
}

/** The usual new record: one row, answered 201 with its record. */
export type NewRow<R extends { id: string }, B> = {
  /** The audit action, also the operation an `Idempotency-Key` is bound to. */
  action: string
  entity: string
  /** What a retry with the same key sends again (the request's input). */
  request: unknown
  /** The row, made inside the write (a retry answered from the key makes none). */
  row: () => R
  insert: (row: R) => BatchItem<'sqlite'>
  record: (row: R) => B
  /** What the audit row keeps of the row: all of it unless said (e.g. ids, not a person's name). */
  audited?: (row: R) => unknown
}

/** Creates one row through createOnce, audited as `action` under the row's id; answers its record. */
export async function createRow<R extends { id: string }, B>(c: AnyContext, db: Db, created: NewRow<R, B>) {
  const answer = await createOnce(c, db, created.action, created.request, async () => {
    const row = created.row()
    return {
      statements: [created.insert(row)],
      answer: { status: 201, body: created.record(row) },
      audit: {
        action: created.action,
        entity: created.entity,
        entityId: row.id,
        after: created.audited ? created.audited(row) : row,
      },
    }
  })
  // A retry answered from the key gives back the stored JSON of the same record.
  return answer.body as B
}
