import { defineConfig } from 'vitest/config'

// The kit is plain Hono: its error mapping is tested in Node with a small app built from it.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } })
