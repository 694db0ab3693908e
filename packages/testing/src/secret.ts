/**
 * The actor secret of every worker test: each vitest config binds it as ACTOR_SECRET, and the
 * helpers sign with it. A test value only; real secrets live in git-ignored .dev.vars and
 * in Cloudflare's secret store.
 */
export const TEST_ACTOR_SECRET = 'test-actor-secret-not-for-any-deployment'
