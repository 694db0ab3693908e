import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

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
    /**
     * Where the item's deduction comes from: a rater with a reason, or computed from another
     * worker's records over RPC (hours, tasks, registration, disputes) or from the surveys here.
     */
    source: text('source', {
      enum: ['rater', 'community_hours', 'task_completion', 'registration_rate', 'disputes', 'satisfaction'],
    })
      .notNull()
      .default('rater'),
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
    /** The rater whose weight applies (scorecard_rater); null = the whole weight (one rater). */
    raterRole: text('rater_role', { enum: ['team_leader', 'station_head'] }),
    /** The account that entered it (null for seeded history). */
    recordedBy: text('recorded_by'),
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
    /** Points given back, to hundredths: a weighted rater's deduction cost less than its raw points. */
    points: real('points').notNull(),
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

/** Who rates on a station's scorecard and with what weight (e.g. 50 % team leader, 50 % duty deputy head). */
export const scorecardRater = sqliteTable(
  'scorecard_rater',
  {
    scorecardId: text('scorecard_id')
      .notNull()
      .references(() => scorecard.id),
    /** The signed-in role that rates in this seat (the duty deputy head signs in as station_head). */
    raterRole: text('rater_role', { enum: ['team_leader', 'station_head'] }).notNull(),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    weightPct: integer('weight_pct').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scorecardId, t.raterRole] })],
)

/** An item's deduction computed from records (RPC or surveys), with the inputs it used; recomputed until the quarter closes. */
export const computedItem = sqliteTable(
  'computed_item',
  {
    officerId: text('officer_id').notNull(),
    stationId: text('station_id').notNull(),
    quarter: text('quarter').notNull(),
    itemCode: text('item_code').notNull(),
    points: integer('points').notNull(),
    /** JSON: the figures the points were computed from. */
    inputs: text('inputs').notNull(),
    computedAt: text('computed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officerId, t.quarter, t.itemCode] }),
    index('computed_item_station_idx').on(t.stationId, t.quarter),
  ],
)

/** A station's quarter closed: its scores are frozen in score_snapshot. */
export const quarterClose = sqliteTable(
  'quarter_close',
  {
    stationId: text('station_id').notNull(),
    quarter: text('quarter').notNull(),
    closedAt: text('closed_at').notNull(),
    closedBy: text('closed_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.stationId, t.quarter] })],
)

/** An officer's frozen quarter: the score, rank and grade at close and the inputs they used (JSON). */
export const scoreSnapshot = sqliteTable(
  'score_snapshot',
  {
    officerId: text('officer_id').notNull(),
    quarter: text('quarter').notNull(),
    stationId: text('station_id').notNull(),
    basePoints: integer('base_points').notNull(),
    deducted: real('deducted').notNull(),
    adjusted: real('adjusted').notNull(),
    score: real('score').notNull(),
    rank: integer('rank').notNull(),
    grade: text('grade', { enum: ['excellent', 'ordinary'] }).notNull(),
    star: integer('star', { mode: 'boolean' }).notNull(),
    inputs: text('inputs').notNull(),
    frozenAt: text('frozen_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.officerId, t.quarter] }),
    index('score_snapshot_station_idx').on(t.stationId, t.quarter),
  ],
)

/** What the rule proposes for the bottom of a quarter's ranking; the station head confirms or withdraws it. */
export const consequence = sqliteTable(
  'consequence',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id').notNull(),
    stationId: text('station_id').notNull(),
    quarter: text('quarter').notNull(),
    kind: text('kind', { enum: ['card_warning', 'reminder_talk', 'supervision'] }).notNull(),
    score: real('score').notNull(),
    rank: integer('rank').notNull(),
    status: text('status', { enum: ['proposed', 'confirmed', 'withdrawn'] }).notNull(),
    proposedAt: text('proposed_at').notNull(),
    reason: text('reason'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
  },
  (t) => [
    uniqueIndex('consequence_officer_quarter_idx').on(t.officerId, t.quarter),
    index('consequence_station_idx').on(t.stationId, t.quarter),
  ],
)

/** A satisfaction survey: after a closed dispute, the public short form, or a household visit. */
export const survey = sqliteTable('survey', {
  id: text('id').primaryKey(),
  kind: text('kind', { enum: ['dispute', 'public', 'visit'] })
    .notNull()
    .unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  questionZh: text('question_zh').notNull(),
  questionEn: text('question_en').notNull(),
})

/** One answer (1–5; 4 and 5 count as satisfied). No personal data: a place, a day and a score. */
export const surveyAnswer = sqliteTable(
  'survey_answer',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['dispute', 'public', 'visit'] }).notNull(),
    stationId: text('station_id').notNull(),
    communityId: text('community_id'),
    /** Set on an answer after a closed dispute: one answer per dispute (unique). */
    disputeId: text('dispute_id').unique(),
    /** Set on a household-visit answer: the officer who visited. */
    officerId: text('officer_id'),
    score: integer('score').notNull(),
    answeredOn: text('answered_on').notNull(),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('survey_answer_station_idx').on(t.stationId, t.answeredOn)],
)

/** A nomination (star of the quarter, annual commendation, promotion preference) decided by the board. */
export const nomination = sqliteTable(
  'nomination',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['star_of_quarter', 'annual_commendation', 'promotion_preference'] }).notNull(),
    officerId: text('officer_id').notNull(),
    stationId: text('station_id').notNull(),
    /** A quarter (2024-Q3) for a star, a year (2024) for the others. */
    period: text('period').notNull(),
    /** JSON: the frozen score snapshot rows the nomination rests on. */
    snapshot: text('snapshot').notNull(),
    reason: text('reason').notNull(),
    filedBy: text('filed_by').notNull(),
    filedAt: text('filed_at').notNull(),
    deadline: text('deadline').notNull(),
    status: text('status', { enum: ['open', 'decided'] }).notNull(),
    outcome: text('outcome', { enum: ['approve', 'reject'] }),
    summary: text('summary'),
    decidedAt: text('decided_at'),
    decidedBy: text('decided_by'),
  },
  (t) => [
    index('nomination_station_idx').on(t.stationId, t.status),
    uniqueIndex('nomination_once_idx').on(t.kind, t.officerId, t.period),
  ],
)

export const nominationSeat = sqliteTable(
  'nomination_seat',
  {
    nominationId: text('nomination_id')
      .notNull()
      .references(() => nomination.id),
    memberId: text('member_id')
      .notNull()
      .references(() => boardMember.id),
    seat: integer('seat').notNull(),
    recused: integer('recused', { mode: 'boolean' }).notNull(),
    conflicts: text('conflicts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.memberId] })],
)

export const nominationVote = sqliteTable(
  'nomination_vote',
  {
    nominationId: text('nomination_id')
      .notNull()
      .references(() => nomination.id),
    memberId: text('member_id')
      .notNull()
      .references(() => boardMember.id),
    outcome: text('outcome', { enum: ['approve', 'reject'] }).notNull(),
    reason: text('reason').notNull(),
    castAt: text('cast_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.memberId] })],
)
