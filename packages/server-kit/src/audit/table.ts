import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The append-only audit log every worker keeps in its own database. Each row names who did
 * what to which record, when and in which request, with hashes of the record before and after
 * (never the personal values themselves), and is chained to the previous row by SHA-256 so a
 * changed or removed row shows. Workers re-export it from their schema so drizzle-kit migrates it.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    requestId: text('request_id').notNull(),
    beforeHash: text('before_hash'),
    afterHash: text('after_hash'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
)

export type AuditRow = typeof auditLog.$inferSelect
