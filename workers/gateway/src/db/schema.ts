import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

// The gateway's identity database: staff accounts, their sessions and sign-in throttling.
// Citizens never have accounts here.

export { auditLog } from '@platform/server-kit/audit'

export const account = sqliteTable('account', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayNameZh: text('display_name_zh').notNull(),
  displayNameEn: text('display_name_en').notNull(),
  /** `pbkdf2-sha256$<iterations>$<salt>$<hash>` (packages/auth/password). */
  passwordHash: text('password_hash').notNull(),
  /** JSON array of roles (packages/auth/roles). */
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
  scopeLevel: text('scope_level', { enum: ['own', 'team', 'station', 'branch'] }).notNull(),
  stationId: text('station_id'),
  teamId: text('team_id'),
  /** The officer record in the officers worker, where the account belongs to an officer. */
  officerId: text('officer_id'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  /** TOTP secret sealed with the identity data key (packages/auth/secret-box); null until enrolled. */
  totpSecretSealed: text('totp_secret_sealed'),
  totpEnrolledAt: text('totp_enrolled_at'),
  /** Last accepted TOTP step: a code is never accepted twice. */
  totpLastStep: integer('totp_last_step'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
})

/**
 * Server-side sessions, revocable. The cookie holds a random token; only its SHA-256 is stored,
 * so a copy of this table does not let anyone sign in.
 */
export const session = sqliteTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: text('account_id')
      .notNull()
      .references(() => account.id),
    /** `second_factor` / `enrol_second_factor` = the password was right, a TOTP step is still due; `active` = signed in. */
    stage: text('stage', { enum: ['second_factor', 'enrol_second_factor', 'active'] }).notNull(),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    /** Absolute end (12 h after sign-in); the idle end is lastSeenAt + 30 min. */
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('session_account_idx').on(t.accountId)],
)

/** Failed sign-ins per account and per client address, in a sliding 15-minute window. */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: text('window_started_at').notNull(),
  blockedUntil: text('blocked_until'),
})

/**
 * Answers to creating requests sent with an `Idempotency-Key`, so a retry gets the first answer.
 * The body is sealed with the identity data key: it may hold a one-time password.
 */
export const idempotentRequest = sqliteTable('idempotent_request', {
  /** SHA-256 of who asked, what and the key: one caller's key never answers another's request. */
  key: text('key').primaryKey(),
  /** SHA-256 of the request body: the same key with another body is refused. */
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  bodySealed: text('body_sealed').notNull(),
  createdAt: text('created_at').notNull(),
  expiresAt: text('expires_at').notNull(),
})
