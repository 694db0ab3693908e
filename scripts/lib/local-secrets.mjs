// Local secrets for wrangler dev: each worker's .dev.vars (git-ignored). The actor-assertion
// secret must be the same in the gateway and every domain worker; data keys are per database.
// Made once with random values and kept, so sessions and sealed data survive restarts.
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { allConfigs } from './platform-parts.mjs'
import { root } from './run.mjs'

const random = () => randomBytes(32).toString('base64url')

/** Which secrets each worker needs, by the folder of its wrangler.toml. */
const NEEDS = {
  '.': ['ACTOR_SECRET', 'IDENTITY_DATA_KEY'],
  'workers/officers': ['ACTOR_SECRET'],
  'workers/communities': ['ACTOR_SECRET'],
  'workers/assessments': ['ACTOR_SECRET'],
  'workers/disputes': ['ACTOR_SECRET', 'DISPUTES_DATA_KEY'],
}

function read(file) {
  if (!existsSync(file)) return {}
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.match(/^([A-Z0-9_]+)=(.*)$/))
      .filter(Boolean)
      .map((m) => [m[1], m[2]]),
  )
}

export function ensureLocalSecrets() {
  const shared = read(join(root, '.dev.vars'))
  const values = { ...shared }
  for (const config of allConfigs()) {
    const folder = dirname(config)
    const needs = NEEDS[folder] ?? []
    if (needs.length === 0) continue
    const file = join(root, folder, '.dev.vars')
    const current = read(file)
    for (const name of needs) values[name] ??= current[name] ?? random()
    const wanted = Object.fromEntries(needs.map((name) => [name, values[name]]))
    const merged = { ...current, ...wanted }
    if (needs.some((name) => current[name] !== merged[name])) {
      writeFileSync(
        file,
        `${Object.entries(merged)
          .map(([k, v]) => `${k}=${v}`)
          .join('\n')}\n`,
        { mode: 0o600 },
      )
    }
  }
}
