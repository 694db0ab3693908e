import { defineConfig } from 'vitest/config'

// Unit and integration tests of every package; each project has its own config (workers run
// inside workerd through @cloudflare/vitest-plugin). End-to-end tests have their own config in tests/e2e.
export default defineConfig({
  test: {
    projects: [
      'workers/*/vitest.config.ts',
      'packages/*/vitest.config.ts',
      'apps/*/vitest.config.ts',
      'tests/budgets/vitest.config.ts',
    ],
  },
})
