// State folders for benchmark and reliability runs: migrated and seeded once (the district and
// the demo accounts), then copied for each variant, and scaled up with the scale seed.
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { run, step } from '../lib/run.mjs'
import { migrate, seed } from '../lib/state.mjs'

/** A migrated, seeded state at `dir` (made afresh). */
export function seededState(pnpm, dir) {
  rmSync(dir, { recursive: true, force: true })
  migrate(dir)
  seed(pnpm, dir)
  return dir
}

/** A copy of `base` at `dir` with the scale seed's rows added; returns the file of status secrets. */
export function scaledState(base, dir, { disputes, presence }) {
  rmSync(dir, { recursive: true, force: true })
  cpSync(base, dir, { recursive: true })
  const secrets = join(dir, 'status-secrets.json')
  const started = Date.now()
  step(
    `Scale seed: ${disputes.toLocaleString('en')} disputes, ${presence.toLocaleString('en')} presence entries (${dir})`,
  )
  run('tsx', [
    'packages/seed/src/scale/cli.ts',
    '--persist-to',
    dir,
    '--disputes',
    String(disputes),
    '--presence',
    String(presence),
    '--secrets-out',
    secrets,
  ])
  if (!existsSync(secrets)) throw new Error(`the scale seed wrote no status secrets to ${secrets}`)
  // Kept with the state: a later run that reuses it (BENCH_REUSE_STATE=1) still reports it.
  writeFileSync(join(dir, 'scale-seconds.txt'), String((Date.now() - started) / 1000))
  return secrets
}
