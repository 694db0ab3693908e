import { defineConfig } from 'vitest/config'

// Only the intake's pure logic (the survey's checks and refusals) is unit-tested here: plain Node, no DOM.
export default defineConfig({
  test: { environment: 'node', include: ['test/**/*.test.ts'] },
})
