// The reliability stage: load and loss, then SIGKILL of the runtime under load
// (tests/reliability), on a freshly migrated and seeded state folder of its own. Short in
// `npm test`, full in `pnpm soak`; the tests start and kill their own platform on their own port.
import { rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { vitest } from './checks.mjs'
import { root, step } from './run.mjs'
import { portInUse } from './serve.mjs'
import { migrate, seed } from './state.mjs'

export async function reliability(pnpm, { name, stateDir, port, clients, seconds, crashes }) {
  step(
    `Reliability: ${clients} clients × ${seconds} s of mixed load, then ${crashes} SIGKILL(s) under load (port ${port})`,
  )
  if (await portInUse(port)) throw new Error(`Port ${port} is in use; set RELIABILITY_PORT to a free one.`)
  rmSync(resolve(root, stateDir), { recursive: true, force: true })
  migrate(stateDir)
  seed(pnpm, stateDir)
  return vitest(name, ['--config', 'tests/reliability/vitest.config.ts'], {
    RELIABILITY_STATE: resolve(root, stateDir),
    RELIABILITY_RUN_DIR: resolve(root, stateDir, 'run'),
    RELIABILITY_PORT: String(port),
    RELIABILITY_CLIENTS: String(clients),
    RELIABILITY_SECONDS: String(seconds),
    RELIABILITY_CRASHES: String(crashes),
  })
}
