import { defineConfig } from 'vitest/config'

// Load-and-loss and crash runs against a platform each test starts itself (own state folder, own
// port) and may SIGKILL. Short in `npm test` (RELIABILITY_CLIENTS × RELIABILITY_SECONDS), full
// in `pnpm soak`. One file at a time: they share the state folder and the machine's two cores.
export default defineConfig({
  test: {
    name: 'reliability',
    root: new URL('.', import.meta.url).pathname,
    include: ['*.test.ts'],
    testTimeout: 60_000,
    // Starting the platform takes 20 s on a quiet machine, minutes on a busy one.
    hookTimeout: 900_000,
    fileParallelism: false,
  },
})
