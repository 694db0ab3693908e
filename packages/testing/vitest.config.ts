import { defineConfig } from 'vitest/config'

// The helpers' pure parts (assertions, the route inventory) are tested in Node; the suites they
// define run inside each worker's own tests.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } })
