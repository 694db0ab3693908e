import { defineConfig } from 'vitest/config'
import type { TestSpecification } from 'vitest/node'
import { BaseSequencer } from 'vitest/node'

// Drives Debian's Chromium against a running platform (PLATFORM_URL); the test command starts it
// on a fresh, seeded state. One browser, files in name order (the last file checks what the
// whole run left behind: logs and audit chains), pages in sequence: the machine has two cores.
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId))
  }
}

export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['**/*.test.ts'],
    // Generous: a test may wait out the sign-in rate limit (60 s) or the next TOTP step (30 s).
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    sequence: { sequencer: ByName },
  },
})
