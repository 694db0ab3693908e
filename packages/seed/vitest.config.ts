import { defineConfig } from 'vitest/config'

// The generator is pure: its tests run in plain Node, no workerd needed.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], environment: 'node' },
})
