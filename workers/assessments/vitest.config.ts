import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { TEST_ACTOR_SECRET } from '@platform/testing/secret'
import { defineConfig } from 'vitest/config'

// The tests run inside workerd with the worker's own wrangler.toml; the same SQL migrations
// wrangler applies are applied to the test database by test/setup.ts. The OFFICERS, COMMUNITIES
// and DISPUTES service bindings resolve to small stub workers named like the real services
// (test/stubs), so the scores are tested without the other workers' code or databases.
const stub = (name: string) => ({
  name,
  modules: [
    { type: 'ESModule' as const, path: fileURLToPath(new URL(`./test/stubs/${name}.js`, import.meta.url)) },
    { type: 'ESModule' as const, path: fileURLToPath(new URL('./test/stubs/ids.js', import.meta.url)) },
  ],
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
        workers: [stub('officers'), stub('communities'), stub('disputes')],
      },
    }),
  ],
  test: { setupFiles: ['./test/setup.ts'] },
}))
