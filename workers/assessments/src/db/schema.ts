import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

// The append-only, hash-chained audit log every worker keeps (packages/server-kit/src/audit).
export { auditLog } from '@platform/server-kit/audit'
// First answers to creating requests by Idempotency-Key (packages/server-kit/src/idempotency).
export { idempotentRequest } from '@platform/server-kit/idempotency'

// Officer and station ids belong to the officers and communities workers; they are stored here
// as plain ids (no cross-database foreign keys).

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
  /**
   * The identity account (gateway) the member signs in with: how a signed-in actor is known as
   * this member when voting or closing. Null for a member without an account yet.
   */
  accountId: text('account_id').unique(),
})

/** A station's scorecard: aspects and items with points (e.g. 100 points, 5 aspects, 15 items). */
export const scorecard = sqliteTable('scorecard', {
  id: text('id').primaryKey(),
  stationId: text('station_id').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  totalPoints: integer('total_points').notNull(),
})

export const scoreItem = sqliteTable(
  'score_item',
  {
    id: text('id').primaryKey(),
    scorecardId: text('scorecard_id')
      .notNull()
      .references(() => scorecard.id),
    aspect: text('aspect').notNull(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** A deduction against the item takes 1..maxPoints points. */
    maxPoints: integer('max_points').notNull(),
  },
  (t) => [uniqueIndex('score_item_code_idx').on(t.scorecardId, t.code)],
)

/** An officer's quarter on the station's scorecard: the base the deductions come off. */
export const scoreSheet = sqliteTable(
  'score_sheet',
  {
    officerId: text('officer_id').notNull(),
    quarter: text('quarter').notNull(),
    stationId: text('station_id').notNull(),
    basePoints: integer('base_points').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officerId, t.quarter] }),
    index('score_sheet_station_idx').on(t.stationId, t.quarter),
  ],
)

/** Points taken off an officer's quarter against an item, with the rater's reason. */
export const deduction = sqliteTable(
  'deduction',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id').notNull(),
    stationId: text('station_id').notNull(),
    quarter: text('quarter').notNull(),
    itemCode: text('item_code').notNull(),
    points: integer('points').notNull(),
    reason: text('reason').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('deduction_officer_idx').on(t.officerId, t.quarter)],
)

/** A later change to a quarter, pointing at its cause (an exemption case): never an edit of a deduction. */
export const adjustment = sqliteTable(
  'adjustment',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id').notNull(),
    stationId: text('station_id').notNull(),
    quarter: text('quarter').notNull(),
    itemCode: text('item_code').notNull(),
    points: integer('points').notNull(),
    caseId: text('case_id')
      .notNull()
      .references(() => exemptionCase.id),
    /** The case's deduction line it reverses: one adjustment per line, so a racing second close fails whole. */
    line: integer('line').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [
    index('adjustment_officer_idx').on(t.officerId, t.quarter),
    uniqueIndex('adjustment_case_line_idx').on(t.caseId, t.line),
  ],
)

/** A fault-tolerance exemption case (容错免责) and, once closed, its decision. */
export const exemptionCase = sqliteTable(
  'exemption_case',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id').notNull(),
    stationId: text('station_id').notNull(),
    quarter: text('quarter').notNull(),
    happenedOn: text('happened_on').notNull(),
    duty: text('duty').notNull(),
    facts: text('facts').notNull(),
    lawfulDuty: text('lawful_duty').notNull(),
    accidentOrForceMajeure: text('accident_or_force_majeure').notNull(),
    noSeriousConsequence: text('no_serious_consequence').notNull(),
    /** The filer's account id and role (officer, team_leader, station_head). */
    filedBy: text('filed_by').notNull(),
    filedByRole: text('filed_by_role').notNull(),
    filedAt: text('filed_at').notNull(),
    deadline: text('deadline').notNull(),
    status: text('status', { enum: ['open', 'decided'] }).notNull(),
    outcome: text('outcome', { enum: ['exempt_full', 'exempt_partial', 'reject'] }),
    summary: text('summary'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
    /** Set on an appeal: the decided case it appeals (one appeal per case, unique). */
    appealOf: text('appeal_of').unique(),
    /** Why the decision is appealed (appeals only). */
    grounds: text('grounds'),
  },
  (t) => [
    index('exemption_case_station_idx').on(t.stationId, t.status),
    index('exemption_case_officer_idx').on(t.officerId),
  ],
)

/** The deductions a case concerns, as filed. */
export const caseDeduction = sqliteTable(
  'case_deduction',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => exemptionCase.id),
    line: integer('line').notNull(),
    itemCode: text('item_code').notNull(),
    points: integer('points').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.line] })],
)

/** Ties between a board member and the officer, declared when the case is filed. */
export const caseTie = sqliteTable(
  'case_tie',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => exemptionCase.id),
    memberId: text('member_id').notNull(),
    kind: text('kind', { enum: ['supervisor', 'relative', 'colleague', 'other'] }).notNull(),
    note: text('note').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.memberId, t.kind] })],
)

/** The panel drawn for a case; a recused seat stays visible with its conflicts (JSON list). */
export const panelSeat = sqliteTable(
  'panel_seat',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => exemptionCase.id),
    memberId: text('member_id')
      .notNull()
      .references(() => boardMember.id),
    seat: integer('seat').notNull(),
    recused: integer('recused', { mode: 'boolean' }).notNull(),
    conflicts: text('conflicts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.memberId] })],
)

/** One vote per panel member and case (the primary key refuses a second one). */
export const vote = sqliteTable(
  'vote',
  {
    caseId: text('case_id')
      .notNull()
      .references(() => exemptionCase.id),
    memberId: text('member_id')
      .notNull()
      .references(() => boardMember.id),
    outcome: text('outcome', { enum: ['exempt_full', 'exempt_partial', 'reject'] }).notNull(),
    reasonLawfulDuty: text('reason_lawful_duty').notNull(),
    reasonAccidentOrForceMajeure: text('reason_accident_or_force_majeure').notNull(),
    reasonNoSeriousConsequence: text('reason_no_serious_consequence').notNull(),
    castAt: text('cast_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.memberId] })],
)
