import { defineConfig } from 'vitest/config'

// Pure rendering: the header and layout come out as strings, checked in Node.
export default defineConfig({
  test: { environment: 'node', include: ['test/**/*.test.ts'] },
})
