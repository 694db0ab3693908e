import { defineConfig } from 'vitest/config'

// Only the pure logic (i18n, labels, cookies, error parsing) is unit-tested here: plain Node, no DOM.
export default defineConfig({
  test: { environment: 'node', include: ['test/**/*.test.ts'] },
})
