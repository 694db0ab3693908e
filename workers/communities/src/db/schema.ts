import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

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
    /** The community the street lies in: its grid's officer takes the problems reported on duty. */
    communityId: text('community_id').references(() => community.id),
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
    /** `YYYY-MM-DD` the shop closed down: off the rota from then on; its duty reports stay on file. */
    closedOn: text('closed_on'),
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

/** An inspection of a key unit against the "three fives" checklist. */
export const keyUnitInspection = sqliteTable(
  'key_unit_inspection',
  {
    id: text('id').primaryKey(),
    keyUnitId: text('key_unit_id')
      .notNull()
      .references(() => keyUnit.id),
    /** `YYYY-MM-DD`, Asia/Shanghai. */
    date: text('date').notNull(),
    /** The inspecting officer (officers worker id); null when a non-officer recorded it. */
    officerId: text('officer_id'),
    /** JSON `[{ code, passed }]`: the items checked. */
    items: text('items', { mode: 'json' }).$type<{ code: string; passed: boolean }[]>().notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('key_unit_inspection_unit_idx').on(t.keyUnitId, t.date)],
)

/** A checklist item that failed at an inspection: open until fixed, with a note saying how. */
export const keyUnitFinding = sqliteTable(
  'key_unit_finding',
  {
    id: text('id').primaryKey(),
    keyUnitId: text('key_unit_id')
      .notNull()
      .references(() => keyUnit.id),
    inspectionId: text('inspection_id')
      .notNull()
      .references(() => keyUnitInspection.id),
    itemCode: text('item_code').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: ['open', 'fixed'] }).notNull(),
    foundOn: text('found_on').notNull(),
    fixedOn: text('fixed_on'),
    fixNote: text('fix_note'),
    fixedBy: text('fixed_by'),
  },
  (t) => [index('key_unit_finding_unit_idx').on(t.keyUnitId, t.status)],
)

/** A floating-population manager (流管员), working in one community. */
export const manager = sqliteTable(
  'manager',
  {
    id: text('id').primaryKey(),
    communityId: text('community_id')
      .notNull()
      .references(() => community.id),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('manager_community_idx').on(t.communityId)],
)

/** A quarter's rewards recorded for a station: one row, so recording twice writes nothing. */
export const leagueRewardRound = sqliteTable(
  'league_reward_round',
  {
    quarter: text('quarter').notNull(),
    stationId: text('station_id')
      .notNull()
      .references(() => station.id),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.quarter, t.stationId] })],
)

/** The reward of one manager of an excellent community, with the league standing it was for. */
export const leagueReward = sqliteTable(
  'league_reward',
  {
    quarter: text('quarter').notNull(),
    stationId: text('station_id').notNull(),
    managerId: text('manager_id')
      .notNull()
      .references(() => manager.id),
    communityId: text('community_id')
      .notNull()
      .references(() => community.id),
    league: text('league', { enum: ['bungalow', 'building'] }).notNull(),
    rank: integer('rank').notNull(),
    rate: real('rate').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.quarter, t.managerId] }), index('league_reward_station_idx').on(t.stationId)],
)

export const AUDIENCES = ['residents', 'building_heads', 'volunteers', 'couriers', 'sanitation', 'shopkeepers'] as const

/** An outreach group (宣防群) of one audience in a community, with its member count. */
export const outreachGroup = sqliteTable(
  'outreach_group',
  {
    id: text('id').primaryKey(),
    communityId: text('community_id')
      .notNull()
      .references(() => community.id),
    audience: text('audience', { enum: AUDIENCES }).notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    members: integer('members').notNull(),
  },
  (t) => [index('outreach_group_community_idx').on(t.communityId), check('outreach_members', sql`${t.members} >= 0`)],
)

/** An outreach campaign ("five preventions", 五防); a null station is branch-wide. */
export const outreachCampaign = sqliteTable('outreach_campaign', {
  id: text('id').primaryKey(),
  stationId: text('station_id').references(() => station.id),
  theme: text('theme', { enum: ['five_preventions', 'anti_fraud', 'fire_safety', 'other'] }).notNull(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  fromDay: text('from_day').notNull(),
  toDay: text('to_day').notNull(),
})

/** One event of a campaign: where and when, how many came, how many leaflets went out. */
export const outreachEvent = sqliteTable(
  'outreach_event',
  {
    id: text('id').primaryKey(),
    campaignId: text('campaign_id')
      .notNull()
      .references(() => outreachCampaign.id),
    communityId: text('community_id')
      .notNull()
      .references(() => community.id),
    date: text('date').notNull(),
    placeZh: text('place_zh').notNull(),
    placeEn: text('place_en').notNull(),
    attendees: integer('attendees').notNull(),
    leaflets: integer('leaflets').notNull(),
  },
  (t) => [
    index('outreach_event_campaign_idx').on(t.campaignId),
    index('outreach_event_date_idx').on(t.date),
    check('outreach_event_counts', sql`${t.attendees} >= 0 and ${t.leaflets} >= 0`),
  ],
)

/** The report of a joint-defence group's day on duty: one per group and day. */
export const dutyReport = sqliteTable(
  'duty_report',
  {
    id: text('id').primaryKey(),
    groupId: text('group_id')
      .notNull()
      .references(() => defenceGroup.id),
    date: text('date').notNull(),
    shopIds: text('shop_ids', { mode: 'json' }).$type<string[]>().notNull(),
    patrolDone: integer('patrol_done', { mode: 'boolean' }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [uniqueIndex('duty_report_group_day').on(t.groupId, t.date)],
)

/** A problem found on duty; handed over as a task for the grid's officer or a dispute lead. */
export const dutyProblem = sqliteTable(
  'duty_problem',
  {
    id: text('id').primaryKey(),
    reportId: text('report_id')
      .notNull()
      .references(() => dutyReport.id),
    kind: text('kind', { enum: ['safety_hazard', 'dispute', 'suspicious', 'other'] }).notNull(),
    description: text('description').notNull(),
    escalation: text('escalation', { enum: ['none', 'task', 'dispute_lead'] })
      .notNull()
      .default('none'),
    /** requested: not taken by the other side yet (see handoverFailure); sent: it answered with its record. */
    status: text('status', { enum: ['none', 'requested', 'sent', 'closed'] })
      .notNull()
      .default('none'),
    officerId: text('officer_id'),
    gridId: text('grid_id'),
    /** The task the officers worker created (hand-over as a task). */
    taskId: text('task_id'),
    /** The lead the disputes worker recorded (hand-over as a dispute lead). */
    disputeId: text('dispute_id'),
    disputeReference: text('dispute_reference'),
    /** Why a requested hand-over was not taken yet; null once sent. */
    handoverFailure: text('handover_failure', { enum: ['failed', 'timeout', 'no_officer', 'no_community'] }),
  },
  (t) => [index('duty_problem_report_idx').on(t.reportId)],
)
