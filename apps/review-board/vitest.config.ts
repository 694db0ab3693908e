import { defineConfig } from 'vitest/config'

// Only the board's pure logic (CSV, the merged queue, quarters) is unit-tested here: plain Node, no DOM.
export default defineConfig({
  test: { environment: 'node', include: ['test/**/*.test.ts'] },
})
