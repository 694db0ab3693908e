import { defineConfig } from 'vitest/config'

// Only the desk's pure logic (the offline outbox) is unit-tested here: plain Node, no DOM.
export default defineConfig({
  test: { environment: 'node', include: ['test/**/*.test.ts'] },
})
