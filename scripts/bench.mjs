#!/usr/bin/env node
// `pnpm bench`: the platform's throughput and latency on the scale seed, as ratios to a bare Hono
// worker measured in the same run under the same runtime; each list endpoint's p99 at 1,000 and
// at 100,000 rows; Lighthouse on the landing page and each app. Writes docs/benchmarks.md, the
// chart docs/benchmarks.svg and the raw figures in .reports/bench.json.
//
// Settings (environment): BENCH_DIR (state, default .bench), BENCH_PORT (default 8797; +1 for the
// baseline), BENCH_SECONDS per measurement (10), BENCH_CONNECTIONS (10), BENCH_DISPUTES (100000),
// BENCH_PRESENCE (1000000), BENCH_SKIP_PREPARE=1 (no install/build), BENCH_LIGHTHOUSE=0 (skip it).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { endpoints, ROLES } from './bench/endpoints.mjs'
import { lighthouseAll } from './bench/lighthouse.mjs'
import { measure, someCommunityId } from './bench/load.mjs'
import { writeBenchReport } from './bench/report.mjs'
import { helloArgs, platformArgs, startRuntime, waitFor } from './bench/runtime.mjs'
import { scaledState, seededState } from './bench/state.mjs'
import { ensureChromium } from './lib/browser.mjs'
import { reportsDir } from './lib/checks.mjs'
import { ensureLocalSecrets } from './lib/local-secrets.mjs'
import { capture, projectEnv, root, run, step } from './lib/run.mjs'
import { buildApps } from './lib/serve.mjs'
import { prepareToolchain } from './lib/toolchain.mjs'

const env = process.env
const runDir = resolve(root, env.BENCH_DIR || '.bench')
const port = Number(env.BENCH_PORT || 8797)
const helloPort = port + 1
const seconds = Number(env.BENCH_SECONDS || 10)
const connections = Number(env.BENCH_CONNECTIONS || 10)
const sizes = {
  large: { disputes: Number(env.BENCH_DISPUTES || 100_000), presence: Number(env.BENCH_PRESENCE || 1_000_000) },
  small: { disputes: 1_000, presence: 10_000 },
}
// Server on one core, load generator on the other (the machine has two).
const twoCores = availableParallelism() >= 2 && capture('taskset', ['--version']) !== null
const cpus = twoCores ? { server: 1, load: 0 } : { server: null, load: null }
const base = `http://127.0.0.1:${port}`

function prepare() {
  if (env.BENCH_SKIP_PREPARE === '1') return 'pnpm'
  const pnpm = prepareToolchain()
  step('Building the apps')
  run(...buildApps(pnpm))
  ensureLocalSecrets()
  return pnpm
}

/** Runs the workers' query-count tests (a counting wrapper around the D1 binding) and keeps their counts. */
function d1QueryCounts() {
  step('D1 queries per request (test/query-count.test.ts in each worker that has one)')
  const projects = ['officers', 'communities', 'assessments', 'disputes'].filter((w) =>
    existsSync(join(root, 'workers', w, 'test', 'query-count.test.ts')),
  )
  const args = ['run', 'query-count', ...projects.flatMap((w) => ['--project', `@platform/${w}`])]
  const result = spawnSync('vitest', args, {
    cwd: root,
    encoding: 'utf8',
    env: projectEnv(),
    maxBuffer: 16 * 1024 * 1024,
  })
  if (result.status !== 0) throw new Error(`the query-count tests failed:\n${result.stdout.slice(-2000)}`)
  const counts = [...result.stdout.matchAll(/\[d1-queries\] (\{.*\})/g)].map((m) => JSON.parse(m[1]))
  writeFileSync(join(root, reportsDir, 'd1-queries.json'), `${JSON.stringify(counts, null, 2)}\n`)
  for (const c of counts) console.log(`  ${c.endpoint}: ${c.queries} queries for ${c.rows} rows`)
  return counts
}

function signIn(roles) {
  const out = capture('tsx', ['scripts/bench/sessions.ts', base, ...roles])
  if (!out) throw new Error(`signing in ${roles.join(', ')} failed`)
  return JSON.parse(out)
}

/**
 * The status of one GET. Sent again when the connection turns out closed: the orchestrator waits
 * synchronously for each autocannon run, so a kept-alive socket may have been closed meanwhile.
 */
async function answers(path, cookie) {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} })
      await res.arrayBuffer()
      return res.status
    } catch (err) {
      if (attempt >= 3) throw err
    }
  }
}

/** Measures every endpoint (or only the lists) on one running platform. */
async function measureEndpoints({ secrets, listsOnly }) {
  const cookies = signIn(ROLES)
  const communityId = await someCommunityId(base)
  const out = {}
  for (const e of endpoints()) {
    if (listsOnly && !e.list) continue
    let path = e.path
    if (e.role && (await answers(path, cookies[e.role])) !== 200 && e.fallback) path = e.fallback
    const spec = {
      url: `${base}${e.kind === 'status' ? '/api/disputes/status/x' : path}`,
      method: e.method ?? 'GET',
      headers: {
        ...(e.role ? { cookie: cookies[e.role] } : {}),
        ...(e.kind === 'intake' ? { 'content-type': 'application/json' } : { accept: 'application/json' }),
      },
      connections,
      duration: seconds,
      kind: e.kind ?? 'get',
      communityId,
      secrets,
    }
    measure({ ...spec, duration: 2 }, { cpu: cpus.load }) // warm-up, not counted
    const result = measure(spec, { cpu: cpus.load })
    out[e.id] = { ...result, path }
    console.log(
      `  ${e.label.padEnd(40)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  non-2xx ${result.non2xx}`,
    )
  }
  return out
}

async function onPlatform(stateDir, label, work) {
  step(`Platform on the ${label} state (port ${port}, server on CPU ${cpus.server ?? 'any'})`)
  const runtime = await startRuntime({
    args: platformArgs({ runDir, stateDir, port }),
    cpu: cpus.server,
    logFile: join(runDir, `platform-${label}.log`),
    port,
  })
  try {
    await waitFor(`${base}/api/public/district`)
    return await work()
  } finally {
    await runtime.stop()
  }
}

async function measureHello(label) {
  const result = measure(
    { url: `http://127.0.0.1:${helloPort}/`, connections, duration: seconds, kind: 'get' },
    { cpu: cpus.load },
  )
  console.log(
    `  Bare Hono baseline (${label})`.padEnd(42),
    `${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms`,
  )
  return result
}

async function main() {
  const started = Date.now()
  const pnpm = prepare()
  mkdirSync(runDir, { recursive: true })
  mkdirSync(join(root, reportsDir), { recursive: true })
  step('States: the district seed, then the scale seed at two sizes')
  // BENCH_REUSE_STATE=1 keeps the states of the previous run (for working on the bench itself).
  const reuse = env.BENCH_REUSE_STATE === '1' && existsSync(join(runDir, 'small', 'status-secrets.json'))
  const seeded = reuse ? join(runDir, 'base') : seededState(pnpm, join(runDir, 'base'))
  const largeSecrets = reuse
    ? join(runDir, 'large', 'status-secrets.json')
    : scaledState(seeded, join(runDir, 'large'), sizes.large)
  const scaleSeconds = Number(readFileSync(join(runDir, 'large', 'scale-seconds.txt'), 'utf8'))
  const smallSecrets = reuse
    ? join(runDir, 'small', 'status-secrets.json')
    : scaledState(seeded, join(runDir, 'small'), sizes.small)

  step(`Baseline: a bare Hono worker under wrangler dev (port ${helloPort})`)
  const hello = await startRuntime({
    args: helloArgs({ stateDir: join(runDir, 'hello'), port: helloPort }),
    cpu: cpus.server,
    logFile: join(runDir, 'hello.log'),
    port: helloPort,
  })
  const baseline = {}
  try {
    await waitFor(`http://127.0.0.1:${helloPort}/`)
    measure({ url: `http://127.0.0.1:${helloPort}/`, connections, duration: 2, kind: 'get' }, { cpu: cpus.load })
    baseline.before = await measureHello('before')
    await hello.stop()

    const secretsOf = (file) => JSON.parse(readFileSync(file, 'utf8'))
    const large = await onPlatform(join(runDir, 'large'), 'large', () =>
      measureEndpoints({ secrets: secretsOf(largeSecrets), listsOnly: false }),
    )
    let lighthouse = null
    const small = await onPlatform(join(runDir, 'small'), 'small', async () => {
      const lists = await measureEndpoints({ secrets: secretsOf(smallSecrets), listsOnly: true })
      if (env.BENCH_LIGHTHOUSE !== '0') {
        step('Lighthouse (mobile emulation, Debian Chromium)')
        lighthouse = await lighthouseAll({
          base,
          chromium: ensureChromium(),
          cookies: signIn(['officer', 'auditor']),
          outDir: join(runDir, 'lighthouse'),
        })
      }
      return lists
    })

    step('Baseline again (drift check)')
    const again = await startRuntime({
      args: helloArgs({ stateDir: join(runDir, 'hello'), port: helloPort }),
      cpu: cpus.server,
      logFile: join(runDir, 'hello.log'),
      port: helloPort,
    })
    try {
      await waitFor(`http://127.0.0.1:${helloPort}/`)
      baseline.after = await measureHello('after')
    } finally {
      await again.stop()
    }
    const results = {
      date: new Date().toISOString(),
      minutes: (Date.now() - started) / 60000,
      machine: machineFacts(),
      settings: { seconds, connections, sizes, cpus, scaleSeconds },
      baseline,
      large,
      small,
      lighthouse,
    }
    results.queries = d1QueryCounts()
    writeFileSync(join(root, reportsDir, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`)
    writeBenchReport(results)
    console.log(`\nWrote docs/benchmarks.md, docs/benchmarks.svg and ${reportsDir}/bench.json`)
  } finally {
    await hello.stop()
  }
}

function machineFacts() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? 'unknown'
  const memGiB = Math.round(
    (Number(readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s+(\d+)/)?.[1]) || 0) / 1048576,
  )
  return {
    loadAverage: loadavg().map((x) => Number(x.toFixed(1))),
    cpu,
    cores: availableParallelism(),
    memGiB,
    os: capture('uname', ['-sr']),
    node: capture('node', ['--version']),
    wrangler: capture('wrangler', ['--version'])?.split('\n').pop(),
    autocannon: JSON.parse(readFileSync(join(root, 'node_modules/autocannon/package.json'), 'utf8')).version,
  }
}

try {
  await main()
} catch (err) {
  console.error(
    `\n\u2716 ${err.message}${err.cause ? ` (${err.cause.code ?? ''} ${err.cause.message ?? err.cause})` : ''}`,
  )
  console.error(err.stack)
  process.exit(1)
}
