import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// The append-only, hash-chained audit log every worker keeps (packages/server-kit/src/audit).
export { auditLog } from '@platform/server-kit/audit'

/** People who staff the Qihe Station, from police, procuratorate, court and justice bureau. */
export const qiheStaff = sqliteTable('qihe_staff', {
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  agency: text('agency', { enum: ['police', 'procuratorate', 'court', 'justice_bureau'] }).notNull(),
  arrangement: text('arrangement', { enum: ['resident', 'rotating', 'on_call'] }).notNull(),
  positionZh: text('position_zh').notNull(),
  positionEn: text('position_en').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
})
