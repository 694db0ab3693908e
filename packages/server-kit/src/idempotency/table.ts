import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * First answers to creating requests, by `Idempotency-Key`. Workers re-export it from their
 * schema (like the audit log) so drizzle-kit migrates it into their own database.
 */
export const idempotentRequest = sqliteTable('idempotent_request', {
  /** SHA-256 of (caller, operation, key): keys of different callers never meet. */
  key: text('key').primaryKey(),
  /** SHA-256 of the request body: the same key with another body is refused. */
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  /** The answer, sealed when it may hold personal data (see `sealKey`). */
  body: text('body').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
})
