import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

// The append-only, hash-chained audit log every worker keeps (packages/server-kit/src/audit).
export { auditLog } from '@platform/server-kit/audit'
// First answers to creating requests, by Idempotency-Key (packages/server-kit/src/idempotency).
export { idempotentRequest } from '@platform/server-kit/idempotency'

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
  /**
   * The ISO weekdays (1 Monday … 7 Sunday, comma-separated) a rotating member is at the station.
   * Resident members are there every working day; on-call members are reached when needed.
   */
  weekdays: text('weekdays').notNull().default('1,2,3,4,5'),
  updatedAt: text('updated_at'),
})

/**
 * A dispute on the ledger (台账). Names, phones, the address and the description are sealed
 * together in `personalSealed` (AES-GCM, DISPUTES_DATA_KEY, the row id as associated data):
 * nothing a citizen typed about people is readable in the database file. The status link's
 * secret is kept only as its SHA-256.
 */
export const dispute = sqliteTable(
  'dispute',
  {
    id: text('id').primaryKey(),
    reference: text('reference').notNull().unique(),
    statusSecretHash: text('status_secret_hash').notNull().unique(),
    source: text('source', { enum: ['online', 'counter', 'police_call', 'community', 'after_case'] }).notNull(),
    category: text('category').notNull(),
    communityId: text('community_id').notNull(),
    stationId: text('station_id').notNull(),
    gridId: text('grid_id'),
    personalSealed: text('personal_sealed').notNull(),
    preferredHandling: text('preferred_handling').notNull(),
    consentAt: text('consent_at').notNull(),
    state: text('state', { enum: ['received', 'assigned', 'referral_pending', 'referred', 'closed'] }).notNull(),
    jurisdiction: text('jurisdiction', { enum: ['police', 'not_police'] }),
    complexity: text('complexity', { enum: ['simple', 'complex'] }),
    holderRole: text('holder_role', {
      enum: ['qihe_desk', 'community_officer', 'team_leader', 'station', 'referred'],
    }).notNull(),
    holderOfficerId: text('holder_officer_id'),
    holderNameZh: text('holder_name_zh'),
    holderNameEn: text('holder_name_en'),
    holderUnitZh: text('holder_unit_zh'),
    holderUnitEn: text('holder_unit_en'),
    referralChannel: text('referral_channel', { enum: ['peoples', 'judicial', 'public_security'] }),
    referralBody: text('referral_body'),
    referralContact: text('referral_contact'),
    referralTheirReference: text('referral_their_reference'),
    receivedAt: text('received_at').notNull(),
    /** The three steps (三步曲): screening → mediation → protection (follow-up). */
    step: text('step', { enum: ['screening', 'mediation', 'protection'] })
      .notNull()
      .default('screening'),
    nextKind: text('next_kind', { enum: ['first_contact', 'resolve', 'handover', 'return_visit', 'none'] }).notNull(),
    dueAt: text('due_at'),
    triagedAt: text('triaged_at'),
    /** An open dispute of the last 30 days with a party's phone or the address in common: staff link it, nothing merges. */
    possibleDuplicateOf: text('possible_duplicate_of'),
    pausedAt: text('paused_at'),
    pauseReason: text('pause_reason', {
      enum: ['waiting_for_party', 'waiting_for_documents', 'party_unreachable', 'cooling_off'],
    }),
    outcome: text('outcome', { enum: ['agreement', 'withdrawn', 'to_court', 'no_agreement'] }),
    closedAt: text('closed_at'),
    returnVisitAt: text('return_visit_at'),
    /** The terms the parties agreed, sealed (row id as associated data): the printable agreement reads them. */
    agreementSealed: text('agreement_sealed'),
    /** Staff's decision on the duplicate flag: linked to the flagged dispute, or dismissed. Never merged. */
    duplicateDecision: text('duplicate_decision', { enum: ['linked', 'dismissed'] }),
    duplicateDecidedAt: text('duplicate_decided_at'),
    duplicateDecidedBy: text('duplicate_decided_by'),
    /** Why staff linked or dismissed, sealed (it may name people). */
    duplicateReasonSealed: text('duplicate_reason_sealed'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('dispute_station_idx').on(t.stationId, t.receivedAt),
    // The branch-wide ledger is newest first over every station.
    index('dispute_received_idx').on(t.receivedAt, t.id),
    index('dispute_holder_idx').on(t.holderOfficerId),
    index('dispute_due_idx').on(t.dueAt),
  ],
)
export type DisputeRow = typeof dispute.$inferSelect

/** The citizen's timeline: what happened and who held the dispute after it. No internal notes. */
export const disputeEvent = sqliteTable(
  'dispute_event',
  {
    id: text('id').primaryKey(),
    disputeId: text('dispute_id')
      .notNull()
      .references(() => dispute.id),
    at: text('at').notNull(),
    kind: text('kind', {
      enum: [
        'received',
        'assigned',
        'escalated',
        'referred',
        'handed_over',
        'paused',
        'resumed',
        'closed',
        'return_visit',
        'reopened',
      ],
    }).notNull(),
    /** The pause reason or the outcome, as a code (never free text: the citizen reads the timeline). */
    detail: text('detail'),
    holderRole: text('holder_role', {
      enum: ['qihe_desk', 'community_officer', 'team_leader', 'station', 'referred'],
    }),
    holderUnitZh: text('holder_unit_zh'),
    holderUnitEn: text('holder_unit_en'),
  },
  (t) => [index('dispute_event_dispute_idx').on(t.disputeId, t.at)],
)

/**
 * Files a citizen attached through the status link, at most three per dispute. The bytes are in
 * R2 (sealed, the dispute id and number as associated data); here only what lists show. The
 * same file twice is one attachment (its SHA-256 is unique per dispute).
 */
export const disputeAttachment = sqliteTable(
  'dispute_attachment',
  {
    id: text('id').primaryKey(),
    disputeId: text('dispute_id')
      .notNull()
      .references(() => dispute.id),
    number: integer('number').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    objectKey: text('object_key').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('dispute_attachment_number_idx').on(t.disputeId, t.number),
    uniqueIndex('dispute_attachment_sha_idx').on(t.disputeId, t.sha256),
  ],
)

/**
 * Keyed digests of each dispute's phones and address (HMAC, never the values), so a new dispute
 * can be matched against open ones without unsealing them.
 */
export const disputeContact = sqliteTable(
  'dispute_contact',
  {
    disputeId: text('dispute_id')
      .notNull()
      .references(() => dispute.id),
    digest: text('digest').notNull(),
    /** Whether the digest is of a phone or of the address (repeat parties vs repeat addresses). */
    kind: text('kind', { enum: ['phone', 'address'] }),
  },
  (t) => [
    index('dispute_contact_digest_idx').on(t.digest),
    uniqueIndex('dispute_contact_pk').on(t.disputeId, t.digest),
  ],
)

/**
 * Weekly progress entries by whoever holds the dispute (台账 "reports progress weekly"). Internal:
 * never on the citizen's page; the note is sealed (it may name people), the entry id as
 * associated data.
 */
export const disputeProgress = sqliteTable(
  'dispute_progress',
  {
    id: text('id').primaryKey(),
    disputeId: text('dispute_id')
      .notNull()
      .references(() => dispute.id),
    at: text('at').notNull(),
    actorId: text('actor_id').notNull(),
    noteSealed: text('note_sealed').notNull(),
  },
  (t) => [index('dispute_progress_dispute_idx').on(t.disputeId, t.at)],
)

/**
 * A citizen's satisfaction answer after closure, one per dispute (the primary key). The
 * assessments worker owns surveys: the answer is kept here first, then forwarded; `forwardedAt`
 * stays null until the assessments worker took it (an outbox: a later attempt forwards it again,
 * and the assessments worker keeps the first answer per dispute, so a retry never duplicates).
 */
export const disputeSurvey = sqliteTable(
  'dispute_survey',
  {
    disputeId: text('dispute_id')
      .primaryKey()
      .references(() => dispute.id),
    stationId: text('station_id').notNull(),
    communityId: text('community_id').notNull(),
    score: integer('score').notNull(),
    answeredAt: text('answered_at').notNull(),
    forwardedAt: text('forwarded_at'),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [index('dispute_survey_outbox_idx').on(t.forwardedAt)],
)
