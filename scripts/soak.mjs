#!/usr/bin/env node
// `pnpm soak`: the full reliability runs — 50 clients for 60 s of mixed load (submissions with
// same-key retries, look-ups, staff reads), then the same load with the runtime SIGKILLed three
// times and restarted on the same state — and the fuzz tests of every worker's OpenAPI operations.
// Writes docs/reliability.md. `npm test` runs the short versions (10 clients × 5 s, one kill).
//
// Settings (environment): SOAK_DIR (state, default .soak), SOAK_PORT (8795), SOAK_CLIENTS (50),
// SOAK_SECONDS (60), SOAK_CRASHES (3), SOAK_SKIP_PREPARE=1 (no install/build).
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { reportsDir } from './lib/checks.mjs'
import { ensureLocalSecrets } from './lib/local-secrets.mjs'
import { reliability } from './lib/reliability.mjs'
import { projectEnv, root, run, step } from './lib/run.mjs'
import { buildApps } from './lib/serve.mjs'
import { prepareToolchain } from './lib/toolchain.mjs'
import { writeReliabilityReport } from './soak/report.mjs'

const env = process.env
const settings = {
  clients: Number(env.SOAK_CLIENTS || 50),
  seconds: Number(env.SOAK_SECONDS || 60),
  crashes: Number(env.SOAK_CRASHES || 3),
}

function prepare() {
  if (env.SOAK_SKIP_PREPARE === '1') return 'pnpm'
  const pnpm = prepareToolchain()
  step('Building the apps')
  run(...buildApps(pnpm))
  ensureLocalSecrets()
  return pnpm
}

const FUZZ_PROJECTS = ['officers', 'communities', 'assessments', 'disputes']

/** Runs the workers' fuzz tests and reads the cases per operation they print. */
function fuzz() {
  step('Fuzz: every OpenAPI operation of the domain workers (fast-check, in workerd)')
  const args = ['run', 'fuzz', ...FUZZ_PROJECTS.flatMap((p) => ['--project', `@platform/${p}`])]
  const result = spawnSync('vitest', args, {
    cwd: root,
    encoding: 'utf8',
    env: projectEnv(),
    maxBuffer: 64 * 1024 * 1024,
  })
  const output = `${result.stdout}\n${result.stderr}`
  const workers = []
  const header = /\[fuzz\] (\S+): (\d+) operations, (\d+) cases/g
  for (const m of output.matchAll(header)) {
    const after = output
      .slice(m.index + m[0].length)
      .split('\n')
      .slice(1)
    const operations = []
    for (const line of after) {
      const op = line.match(/^\s+(\d+) × (\S+ \S+) → (.*)$/)
      if (!op) break
      operations.push({ cases: Number(op[1]), operation: op[2], statuses: op[3].trim() })
    }
    workers.push({ worker: m[1], operations: Number(m[2]), cases: Number(m[3]), perOperation: operations })
  }
  const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
  const summary = output.replace(ansi, '').match(/Tests\s+(.*)/)?.[1] ?? ''
  console.log(workers.map((w) => `  ${w.worker}: ${w.operations} operations, ${w.cases} cases`).join('\n'))
  return { ok: result.status === 0, summary, workers }
}

async function main() {
  const started = Date.now()
  const pnpm = prepare()
  const result = await reliability(pnpm, {
    name: 'soak',
    stateDir: env.SOAK_DIR || '.soak',
    port: Number(env.SOAK_PORT || 8795),
    ...settings,
  })
  const fuzzed = fuzz()
  writeFileSync(join(root, reportsDir, 'fuzz.json'), `${JSON.stringify(fuzzed, null, 2)}\n`)
  writeReliabilityReport({ settings, result, fuzz: fuzzed, minutes: (Date.now() - started) / 60000 })
  console.log(`\nWrote docs/reliability.md`)
  console.log(`tests: ${result.passed} passed, ${result.failed} failed`)
  if (result.failure || result.failed > 0 || !fuzzed.ok) process.exitCode = 1
}

try {
  await main()
} catch (err) {
  console.error(`\n\u2716 ${err.message}`)
  process.exit(1)
}
