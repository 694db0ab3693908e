import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { testSecrets } from './test/secrets.ts'
import { stubCounts } from './test/stub-counts.ts'

/**
 * The gateway runs in workerd with the root wrangler.toml; every binding it names is served by a
 * small stub worker from test/stubs (the real workers have their own tests). Three more stubs
 * fail on purpose (throws, answers 500, never answers); they are bound as THROWING, FAILING and
 * HANGING and mounted by the fault tests through a test manifest with short timeouts; a domain
 * stub whose health says "degraded" is bound as DEGRADED. Every request writes a log line, so
 * only a failing test's output is shown.
 * The identity database gets the same migrations wrangler applies (test/setup.ts), and the
 * secrets fixed test values (never the ones in .dev.vars).
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))
const compatibilityDate = '2026-11-01'

const stub = (name: string, file: string, bindings: Record<string, unknown> = {}) => ({
  name,
  modules: true,
  scriptPath: here(`./test/stubs/${file}`),
  compatibilityDate,
  bindings,
})

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: here('../../wrangler.toml') },
      miniflare: {
        bindings: { ...testSecrets, TEST_MIGRATIONS: await readD1Migrations(here('./migrations')) },
        serviceBindings: { THROWING: 'throwing', FAILING: 'failing', HANGING: 'hanging', DEGRADED: 'degraded' },
        workers: [
          stub('qihe-intake', 'app.js', { APP_NAME: 'qihe-intake' }),
          stub('review-board', 'app.js', { APP_NAME: 'review-board' }),
          stub('officer-desk', 'app.js', { APP_NAME: 'officer-desk' }),
          stub('officers', 'domain.js', { DOMAIN: 'officers', COUNTS: stubCounts.officers }),
          stub('communities', 'domain.js', { DOMAIN: 'communities', COUNTS: stubCounts.communities }),
          stub('assessments', 'domain.js', { DOMAIN: 'assessments', COUNTS: {} }),
          stub('disputes', 'domain.js', { DOMAIN: 'disputes', COUNTS: {} }),
          stub('throwing', 'throwing.js'),
          stub('failing', 'failing.js'),
          stub('hanging', 'hanging.js'),
          stub('degraded', 'domain.js', { DOMAIN: 'degraded', COUNTS: {}, HEALTH: 'degraded' }),
        ],
      },
    }),
  ],
  test: { setupFiles: ['./test/setup.ts'], silent: 'passed-only' },
}))
