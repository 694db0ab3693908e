import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// The append-only, hash-chained audit log every worker keeps (packages/server-kit/src/audit).
export { auditLog } from '@platform/server-kit/audit'

// Places of the district: 1 branch → 20 stations → 163 communities (domain.md, Organisation).

export const branch = sqliteTable('branch', {
  id: text('id').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
})

export const station = sqliteTable('station', {
  id: text('id').primaryKey(),
  branchId: text('branch_id')
    .notNull()
    .references(() => branch.id),
  code: text('code').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
})

export const community = sqliteTable(
  'community',
  {
    id: text('id').primaryKey(),
    stationId: text('station_id')
      .notNull()
      .references(() => station.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    housingType: text('housing_type', { enum: ['bungalow', 'building', 'mixed'] }).notNull(),
    population: integer('population').notNull(),
    areaKm2: real('area_km2').notNull(),
  },
  (t) => [index('community_station_idx').on(t.stationId)],
)

/** A police grid (警格); usually one community, sometimes two. */
export const grid = sqliteTable(
  'grid',
  {
    id: text('id').primaryKey(),
    stationId: text('station_id')
      .notNull()
      .references(() => station.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [index('grid_station_idx').on(t.stationId)],
)

export const gridCommunity = sqliteTable(
  'grid_community',
  {
    gridId: text('grid_id')
      .notNull()
      .references(() => grid.id),
    communityId: text('community_id')
      .notNull()
      .unique()
      .references(() => community.id),
  },
  (t) => [primaryKey({ columns: [t.gridId, t.communityId] })],
)

/** Schools, hospitals and other key units that get the "three fives" measures. */
export const keyUnit = sqliteTable(
  'key_unit',
  {
    id: text('id').primaryKey(),
    communityId: text('community_id')
      .notNull()
      .references(() => community.id),
    kind: text('kind', { enum: ['school', 'hospital', 'kindergarten', 'market', 'other'] }).notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [index('key_unit_community_idx').on(t.communityId)],
)
