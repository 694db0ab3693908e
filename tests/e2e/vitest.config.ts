import { defineConfig } from 'vitest/config'

// Drives Debian's Chromium against a running platform (PLATFORM_URL); the test command starts it
// on a fresh, seeded state. One browser, pages in sequence: the machine has two cores.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
