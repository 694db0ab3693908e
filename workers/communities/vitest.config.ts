import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { TEST_ACTOR_SECRET } from '@platform/testing/secret'
import { defineConfig } from 'vitest/config'

// Tests run inside workerd against this worker's own wrangler.toml; the setup file applies the
// migrations drizzle-kit generated, so the tests see the schema wrangler would deploy. The
// OFFICERS, ASSESSMENTS and DISPUTES service bindings resolve to the small stub workers below, named like
// the real services, so the figures are tested without the other workers (or their progress).
const stub = (name: string) => ({
  name,
  modules: true,
  scriptPath: fileURLToPath(new URL(`./test/stubs/${name}.js`, import.meta.url)),
  compatibilityDate: '2026-11-01',
})

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: fileURLToPath(new URL('./wrangler.toml', import.meta.url)) },
      miniflare: {
        // The actor secret is a test value (never the one in .dev.vars): the helpers of
        // packages/testing sign the test actors' assertions with it.
        bindings: {
          ACTOR_SECRET: TEST_ACTOR_SECRET,
          TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('./migrations', import.meta.url))),
        },
        workers: [stub('officers'), stub('assessments'), stub('disputes')],
      },
    }),
  ],
  test: { setupFiles: ['./test/setup.ts'] },
}))
