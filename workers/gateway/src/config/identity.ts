/**
 * The identity module's numbers, in one place (OWASP ASVS 5.0 level 2 for sessions and
 * sign-in). Tests pass a copy with shorter delays through `createGateway`.
 */
export type IdentityConfig = {
  session: { idleTimeoutMs: number; absoluteTimeoutMs: number; pendingTimeoutMs: number; touchIntervalMs: number }
  throttle: {
    windowMs: number
    accountFailureLimit: number
    addressFailureLimit: number
    slowdownAfterFailures: number
    slowdownBaseMs: number
    slowdownMaxMs: number
  }
  signInLimiterPeriodSeconds: number
  idempotencyTtlMs: number
  temporaryPasswordLength: number
  totpIssuer: string
}

export const identityConfig: IdentityConfig = {
  session: {
    /** Ends a session nobody used for this long. */
    idleTimeoutMs: 30 * 60_000,
    /** Ends every session this long after sign-in, used or not. */
    absoluteTimeoutMs: 12 * 60 * 60_000,
    /** A sign-in waiting for its second factor (or enrolment) is dropped after this long. */
    pendingTimeoutMs: 10 * 60_000,
    /** `last_seen_at` is written at most this often: one D1 write a minute per busy session, not one per request. */
    touchIntervalMs: 60_000,
  },
  throttle: {
    /** Failures are counted in windows of this length… */
    windowMs: 15 * 60_000,
    /** …and the 10th failure for one username blocks it (429) for a window. */
    accountFailureLimit: 10,
    /** One address may fail more (a station shares one address) before it is blocked. */
    addressFailureLimit: 50,
    /** From this many failures on, each attempt waits before it is checked… */
    slowdownAfterFailures: 3,
    /** …starting with this delay, doubling with every further failure, up to the cap. */
    slowdownBaseMs: 250,
    slowdownMaxMs: 2_000,
  },
  /** The Workers Rate Limiting binding's period (root wrangler.toml), sent as Retry-After. */
  signInLimiterPeriodSeconds: 60,
  /** A stored answer to a create with an Idempotency-Key is replayed for this long. */
  idempotencyTtlMs: 24 * 60 * 60_000,
  /** Length of the one-time password a new or reset account gets. */
  temporaryPasswordLength: 16,
  /** Shown by authenticator apps next to the code. */
  totpIssuer: 'Dongcheng Community Policing',
}
