import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { TEST_ACTOR_SECRET } from '@platform/testing/secret'
import { defineConfig } from 'vitest/config'

// The tests run inside workerd with the worker's own wrangler.toml; the same SQL migrations
// wrangler applies are applied to the test database by test/setup.ts. The OFFICERS and
// COMMUNITIES service bindings of wrangler.toml resolve to the small stub workers below,
// named like the real services, so routing is tested without the other databases.
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
        // Secrets get test values (never those in .dev.vars): the helpers of packages/testing
        // sign the test actors' assertions with this actor secret; the data key is 32 bytes.
        bindings: {
          ACTOR_SECRET: TEST_ACTOR_SECRET,
          DISPUTES_DATA_KEY: 'dGVzdC1kYXRhLWtleS1mb3ItZGlzcHV0ZXMtMzJieXQ',
          TEST_MIGRATIONS: await readD1Migrations(fileURLToPath(new URL('./migrations', import.meta.url))),
        },
        workers: [stub('officers'), stub('communities'), stub('assessments')],
      },
    }),
  ],
  test: { setupFiles: ['./test/setup.ts'] },
}))
