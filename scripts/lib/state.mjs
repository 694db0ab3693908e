// The platform's local state: one folder holding every D1 database, migrated then seeded.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { databases } from './platform-parts.mjs'
import { root, run, step } from './run.mjs'

export const defaultStateDir = '.state'

export function migrate(stateDir) {
  step(`Applying D1 migrations (state in ${stateDir}/)`)
  for (const { config, database } of databases()) {
    run('wrangler', ['d1', 'migrations', 'apply', database, '--local', '--persist-to', stateDir, '-c', config], {
      env: { CI: 'true' },
    })
  }
}

export function seed(pnpm, stateDir) {
  step('Seeding the district (skipped when already seeded)')
  run(pnpm, ['run', '--silent', 'seed', '--persist-to', stateDir])
}

export function resetState(stateDir) {
  rmSync(join(root, stateDir), { recursive: true, force: true })
  console.log(`Removed ${stateDir}/: the next start migrates and seeds afresh.`)
}
