import { defineConfig } from 'vitest/config'

// Roles, the permission matrix and the crypto here use only WebCrypto, which Node has too.
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } })
