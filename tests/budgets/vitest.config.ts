import { defineConfig } from 'vitest/config'

// Size budgets: the apps' first-load JavaScript (from the built dist/) and each worker's
// bundle (from `wrangler deploy --dry-run`). Runs in Node after the apps are built.
export default defineConfig({
  test: { name: 'budgets', root: new URL('.', import.meta.url).pathname, include: ['*.test.ts'], testTimeout: 120_000 },
})
