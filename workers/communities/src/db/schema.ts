import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// The append-only, hash-chained audit log every worker keeps (packages/server-kit/src/audit).
export { auditLog } from '@platform/server-kit/audit'
// First answers to creating requests by Idempotency-Key (packages/server-kit/src/idempotency).
export { idempotentRequest } from '@platform/server-kit/idempotency'

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

/**
 * One month of one community's registration figures ("double 100 %": floating population and
 * rental homes). One row per community and month; a correction replaces the row (audited).
 */
export const registration = sqliteTable(
  'registration',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => community.id),
    /** `YYYY-MM`, a calendar month in Asia/Shanghai. */
    month: text('month').notNull(),
    floatingKnown: integer('floating_known').notNull(),
    floatingRegistered: integer('floating_registered').notNull(),
    rentalKnown: integer('rental_known').notNull(),
    rentalRegistered: integer('rental_registered').notNull(),
    illegalRentalPenalties: integer('illegal_rental_penalties').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.month] }),
    index('registration_month_idx').on(t.month),
    // The API refuses these with 400 first; the database keeps them out whatever writes.
    check(
      'registration_counts_valid',
      sql`${t.floatingRegistered} between 0 and ${t.floatingKnown} and ${t.rentalRegistered} between 0 and ${t.rentalKnown} and ${t.illegalRentalPenalties} >= 0`,
    ),
  ],
)

/** Neighbouring shops of a street that guard it together (十户联防), about ten a group. */
export const defenceGroup = sqliteTable(
  'defence_group',
  {
    id: text('id').primaryKey(),
    stationId: text('station_id')
      .notNull()
      .references(() => station.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    streetZh: text('street_zh').notNull(),
    streetEn: text('street_en').notNull(),
    /** `YYYY-MM-DD`: the first day of the rota; turns are counted from it. */
    rotaStart: text('rota_start').notNull(),
  },
  (t) => [index('defence_group_station_idx').on(t.stationId)],
)

/** A shop on file as a joint-defence unit. */
export const shop = sqliteTable(
  'shop',
  {
    id: text('id').primaryKey(),
    groupId: text('group_id')
      .notNull()
      .references(() => defenceGroup.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** Place along the street: the rota's turn order. */
    position: integer('position').notNull(),
    /** Bit n-1 set = closed on ISO weekday n (1 = Monday): never on duty then. */
    closedWeekdays: integer('closed_weekdays').notNull().default(0),
    /** Shop staff taking part (the article: 213 people from 167 shops). */
    staff: integer('staff').notNull().default(1),
  },
  (t) => [index('shop_group_idx').on(t.groupId)],
)

/** Incident types the safety indicators follow (theft-type −43 % year on year, telecom fraud −8.6 % month on month). */
export const INCIDENT_TYPES = ['theft', 'telecom_fraud', 'burglary', 'other'] as const

/** Incidents per community, month and type: the safety indicators compute their changes from it. */
export const incidentCount = sqliteTable(
  'incident_count',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => community.id),
    /** `YYYY-MM`, Asia/Shanghai. */
    month: text('month').notNull(),
    type: text('type', { enum: INCIDENT_TYPES }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.month, t.type] }),
    index('incident_count_month_idx').on(t.month),
    check('incident_count_not_negative', sql`${t.count} >= 0`),
  ],
)
