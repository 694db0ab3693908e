import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// The append-only, hash-chained audit log every worker keeps (packages/server-kit/src/audit).
export { auditLog } from '@platform/server-kit/audit'

// Station, grid and community ids belong to the communities worker; they are stored here as
// plain ids (no cross-database foreign keys) and resolved through RPC when needed.

export const team = sqliteTable(
  'team',
  {
    id: text('id').primaryKey(),
    stationId: text('station_id').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [index('team_station_idx').on(t.stationId)],
)

export const teamGrid = sqliteTable(
  'team_grid',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => team.id),
    gridId: text('grid_id').notNull().unique(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.gridId] })],
)

export const officer = sqliteTable(
  'officer',
  {
    id: text('id').primaryKey(),
    stationId: text('station_id').notNull(),
    teamId: text('team_id').references(() => team.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** Dedicated community officers (专职) are protected by the four prohibitions. */
    dedicated: integer('dedicated', { mode: 'boolean' }).notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    birthYear: integer('birth_year').notNull(),
    education: text('education', { enum: ['secondary', 'associate', 'bachelor', 'master'] }).notNull(),
    inPostSince: text('in_post_since').notNull(),
  },
  (t) => [index('officer_station_idx').on(t.stationId, t.dedicated)],
)

/** The responsible officer of each grid (the grid's A role); one per grid. */
export const gridResponsibility = sqliteTable(
  'grid_responsibility',
  {
    gridId: text('grid_id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officer.id),
  },
  (t) => [index('grid_responsibility_officer_idx').on(t.officerId)],
)

/** Community police group (社区警组) of 2–5 officers backing each other up. */
export const policeGroup = sqliteTable(
  'police_group',
  {
    id: text('id').primaryKey(),
    stationId: text('station_id').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [index('police_group_station_idx').on(t.stationId)],
)

export const groupMember = sqliteTable(
  'group_member',
  {
    groupId: text('group_id')
      .notNull()
      .references(() => policeGroup.id),
    officerId: text('officer_id')
      .primaryKey()
      .references(() => officer.id),
    role: text('role', { enum: ['A', 'B'] }).notNull(),
  },
  (t) => [index('group_member_group_idx').on(t.groupId)],
)
