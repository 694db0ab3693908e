import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'

// The identity database's migrations, the same files wrangler applies; applied ones are skipped.
await applyD1Migrations(env.IDENTITY_DB, env.TEST_MIGRATIONS)
