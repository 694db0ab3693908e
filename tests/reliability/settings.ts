import { join } from 'node:path'

// What the stage that runs these tests hands over (scripts/lib/reliability.mjs): a migrated and
// seeded state folder, a port, and how hard and long to push.
const env = process.env
const required = (name: string) => {
  const value = env[name]
  if (!value) throw new Error(`${name} is not set: run these tests through \`npm test\` or \`pnpm soak\``)
  return value
}

export const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '')
export const settings = {
  stateDir: required('RELIABILITY_STATE'),
  runDir: env.RELIABILITY_RUN_DIR ?? join(required('RELIABILITY_STATE'), '..', 'reliability-run'),
  port: Number(env.RELIABILITY_PORT ?? 8796),
  clients: Number(env.RELIABILITY_CLIENTS ?? 10),
  seconds: Number(env.RELIABILITY_SECONDS ?? 5),
  crashes: Number(env.RELIABILITY_CRASHES ?? 1),
  reportDir: env.RELIABILITY_REPORT_DIR ?? join(repoRoot, '.reports'),
}
export const baseUrl = `http://127.0.0.1:${settings.port}`
