import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'

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

// First answers to creating requests by Idempotency-Key (packages/server-kit/src/idempotency).
export { idempotentRequest } from '@platform/server-kit/idempotency'

/**
 * A station's own settings where it departs from the branch's (src/config.ts holds the
 * defaults): its community-time share, whether both heads sign duty exceptions, and the extra
 * duties it lists as closed to dedicated officers. Null columns keep the branch's value.
 */
export const stationConfig = sqliteTable('station_config', {
  stationId: text('station_id').primaryKey(),
  communityShareTarget: real('community_share_target'),
  exceptionHeads: integer('exception_heads'),
  /** JSON array of assignment kinds, e.g. `["station_security_check"]`. */
  excludedKinds: text('excluded_kinds'),
  /** JSON: the station's meeting calendar (src/config.ts, MeetingCalendar); null keeps the branch's. */
  meetingCalendar: text('meeting_calendar'),
})

/** Assignments made (after the four prohibitions let them through). */
export const assignment = sqliteTable(
  'assignment',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officer.id),
    stationId: text('station_id').notNull(),
    kind: text('kind').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    reason: text('reason'),
    exceptionId: text('exception_id'),
    caseLevel: text('case_level'),
    caseQuota: integer('case_quota'),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('assignment_officer_idx').on(t.officerId, t.start), index('assignment_station_idx').on(t.stationId)],
)

/** Every refused attempt: who tried to assign whom to what, when, and the rule that said no. */
export const refusedAssignment = sqliteTable(
  'refused_assignment',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officer.id),
    stationId: text('station_id').notNull(),
    kind: text('kind').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    rule: text('rule').notNull(),
    attemptedBy: text('attempted_by').notNull(),
    attemptedAt: text('attempted_at').notNull(),
  },
  (t) => [index('refused_assignment_station_idx').on(t.stationId, t.attemptedAt)],
)

/**
 * A duty exception (the routine-duty prohibition lifted for one officer and date range):
 * requested by the station head(s), decided by the branch. `expired` is computed from
 * `expires_on`, never stored.
 */
export const dutyException = sqliteTable(
  'duty_exception',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officer.id),
    stationId: text('station_id').notNull(),
    reason: text('reason').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    expiresOn: text('expires_on').notNull(),
    status: text('status', { enum: ['requested', 'approved', 'rejected'] }).notNull(),
    /** JSON array of the heads' user ids who signed the request. */
    requestedBy: text('requested_by').notNull(),
    headsRequired: integer('heads_required').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('duty_exception_officer_idx').on(t.officerId), index('duty_exception_station_idx').on(t.stationId)],
)

/** Time in the community, one stretch per row; minutes are stored so totals are sums. */
export const presenceEntry = sqliteTable(
  'presence_entry',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officer.id),
    gridId: text('grid_id').notNull(),
    activity: text('activity').notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    /** UTC instants in ISO form, so overlaps compare as text. */
    startUtc: text('start_utc').notNull(),
    endUtc: text('end_utc').notNull(),
    minutes: integer('minutes').notNull(),
    weekStart: text('week_start').notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('presence_entry_officer_week_idx').on(t.officerId, t.weekStart),
    // Week summaries of a team or station read one week for many officers.
    index('presence_entry_week_idx').on(t.weekStart),
    index('presence_entry_officer_time_idx').on(t.officerId, t.startUtc),
  ],
)

/** A week the officer submitted; approval by the team leader locks it. */
export const presenceWeek = sqliteTable(
  'presence_week',
  {
    officerId: text('officer_id')
      .notNull()
      .references(() => officer.id),
    weekStart: text('week_start').notNull(),
    status: text('status', { enum: ['submitted', 'approved'] }).notNull(),
    submittedAt: text('submitted_at').notNull(),
    approvedBy: text('approved_by'),
    approvedAt: text('approved_at'),
  },
  (t) => [primaryKey({ columns: [t.officerId, t.weekStart] })],
)

/**
 * A transfer or replacement request (四不准: no transfer without the branch's approval), kept
 * after completion as the officer's history. `moved_grids` (JSON array) records the grids whose
 * responsibility passed to the replacement when it completed.
 */
export const transferRequest = sqliteTable(
  'transfer_request',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officer.id),
    stationId: text('station_id').notNull(),
    kind: text('kind', { enum: ['transfer', 'replacement'] }).notNull(),
    reason: text('reason').notNull(),
    replacementOfficerId: text('replacement_officer_id').references(() => officer.id),
    overrideReason: text('override_reason'),
    status: text('status', { enum: ['requested', 'approved', 'rejected', 'completed'] }).notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: text('requested_at').notNull(),
    decidedBy: text('decided_by'),
    decidedAt: text('decided_at'),
    decisionReason: text('decision_reason'),
    completedBy: text('completed_by'),
    completedAt: text('completed_at'),
    movedGrids: text('moved_grids').notNull(),
    /** The station a transfer moves the officer to (null: none named). */
    toStationId: text('to_station_id'),
  },
  (t) => [
    index('transfer_request_officer_idx').on(t.officerId),
    index('transfer_request_station_idx').on(t.stationId, t.requestedAt),
  ],
)

/**
 * A checklist: "four knows, six familiarities" (四知六熟悉), the "six musts" (六必须), key units'
 * "three fives" (三个五). A null station makes it branch-wide.
 */
export const checklist = sqliteTable('checklist', {
  id: text('id').primaryKey(),
  stationId: text('station_id'),
  code: text('code').notNull(),
  titleZh: text('title_zh').notNull(),
  titleEn: text('title_en').notNull(),
  subject: text('subject', { enum: ['officer', 'key_unit'] }).notNull(),
})

export const checklistItem = sqliteTable(
  'checklist_item',
  {
    checklistId: text('checklist_id')
      .notNull()
      .references(() => checklist.id),
    position: integer('position').notNull(),
    textZh: text('text_zh').notNull(),
    textEn: text('text_en').notNull(),
  },
  (t) => [primaryKey({ columns: [t.checklistId, t.position] })],
)

/** What the officers of a station (null: every station) are asked to do, and how often. */
export const taskTemplate = sqliteTable(
  'task_template',
  {
    id: text('id').primaryKey(),
    stationId: text('station_id'),
    kind: text('kind', { enum: ['regular', 'special'] }).notNull(),
    cadence: text('cadence', {
      enum: ['daily', 'weekly', 'half_monthly', 'monthly', 'quarterly', 'annual'],
    }).notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    target: integer('target').notNull(),
    unitZh: text('unit_zh').notNull(),
    unitEn: text('unit_en').notNull(),
    evidence: text('evidence', { enum: ['count', 'note', 'checklist'] }).notNull(),
    checklistId: text('checklist_id').references(() => checklist.id),
    dedicatedOnly: integer('dedicated_only', { mode: 'boolean' }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: text('created_at').notNull(),
    /**
     * First day of the periods this version makes items for (null: from the start). An edit of a
     * template whose lists exist makes a new version that starts with the next period, so the
     * lists made keep what they were (src/rules/template-versions.ts).
     */
    validFrom: text('valid_from'),
    /** The version this one replaced (null: the first version). */
    replacesId: text('replaces_id'),
  },
  (t) => [index('task_template_station_idx').on(t.stationId)],
)

/**
 * One task of an officer's list for one period, made from a template. The unique index makes
 * generation idempotent: a second read (or the morning cron) inserts nothing new.
 */
export const taskItem = sqliteTable(
  'task_item',
  {
    id: text('id').primaryKey(),
    officerId: text('officer_id')
      .notNull()
      .references(() => officer.id),
    stationId: text('station_id').notNull(),
    templateId: text('template_id')
      .notNull()
      .references(() => taskTemplate.id),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    /** The template's standard when the item was made (a later change does not move old items). */
    target: integer('target').notNull(),
    done: integer('done').notNull(),
    note: text('note'),
    /** JSON array of ticked checklist positions. */
    checked: text('checked').notNull(),
    status: text('status', { enum: ['open', 'done'] }).notNull(),
    completedAt: text('completed_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('task_item_officer_template_period_idx').on(t.officerId, t.templateId, t.periodStart),
    index('task_item_officer_due_idx').on(t.officerId, t.periodEnd),
    index('task_item_station_due_idx').on(t.stationId, t.periodEnd),
  ],
)
