import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// The append-only, hash-chained audit log every worker keeps (packages/server-kit/src/audit).
export { auditLog } from '@platform/server-kit/audit'

/** Members of the review board that decides exemptions and nominations. */
export const boardMember = sqliteTable('board_member', {
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  role: text('role', { enum: ['chair', 'member'] }).notNull(),
  unitZh: text('unit_zh').notNull(),
  unitEn: text('unit_en').notNull(),
  /** Set when the member serves in a station: a case from that station is a conflict. */
  stationId: text('station_id'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
})
