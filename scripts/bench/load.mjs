// Runs one autocannon measurement in a child process pinned to the load generator's core, so
// the load generator never competes with the server (pinned to the other core) for CPU.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from '../lib/run.mjs'
import { pinned } from './runtime.mjs'

const specDir = mkdtempSync(join(tmpdir(), 'bench-spec-'))
let specs = 0

export function measure(spec, { cpu }) {
  const file = join(specDir, `spec-${++specs}.json`)
  writeFileSync(file, JSON.stringify(spec))
  const [cmd, args] = pinned(cpu, process.execPath, [join(root, 'scripts/bench/load-runner.mjs'), file])
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })
  if (result.status !== 0) throw new Error(`autocannon run failed: ${result.stderr || result.stdout}`)
  return JSON.parse(result.stdout.trim().split('\n').pop())
}

/** The first community id in the public station list (where a bench submission is filed). */
export async function someCommunityId(base) {
  const { stations } = await (await fetch(`${base}/api/communities/public/stations`)).json()
  const id = stations.flatMap((s) => s.communities ?? [])[0]?.id
  if (!id) throw new Error('/api/communities/public/stations lists no community')
  return id
}
