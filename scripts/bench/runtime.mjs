// Starts, stops and hard-kills the platform's runtime (wrangler dev + workerd) for the benchmark
// and the reliability runs: own state folder, own port, pinned to a CPU core, in its own process
// group so a SIGKILL takes workerd down with wrangler (a crash, not a shutdown).
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { allConfigs } from '../lib/platform-parts.mjs'
import { projectEnv, root } from '../lib/run.mjs'
import { portInUse } from '../lib/serve.mjs'

/**
 * The public intake allows 10 submissions and 30 status look-ups a minute per client address,
 * and every load client here is 127.0.0.1. For these runs only, the disputes worker is started
 * from a copy of its wrangler.toml (written into the run's own folder, never into the repository)
 * whose [[ratelimits]] allow this many per minute; the production config and code are untouched.
 */
export const RUN_RATE_LIMIT = 10_000_000

const DISPUTES_CONFIG = 'workers/disputes/wrangler.toml'

/** The disputes config with the run's rate limits: absolute paths, the same worker and database. */
function disputesConfigForRuns(runDir) {
  const folder = join(runDir, 'disputes-config')
  mkdirSync(folder, { recursive: true })
  const source = readFileSync(join(root, DISPUTES_CONFIG), 'utf8')
  const toml = source
    .replace(/^main\s*=\s*"([^"]+)"/m, (_, main) => `main = "${join(root, 'workers/disputes', main)}"`)
    .replace(
      /^migrations_dir\s*=\s*"([^"]+)"/m,
      (_, dir) => `migrations_dir = "${join(root, 'workers/disputes', dir)}"`,
    )
    .replace(/limit\s*=\s*\d+/g, `limit = ${RUN_RATE_LIMIT}`)
  writeFileSync(
    join(folder, 'wrangler.toml'),
    `# Generated for a benchmark/reliability run from ${DISPUTES_CONFIG}.\n${toml}`,
  )
  // wrangler dev reads secrets from the .dev.vars beside the config.
  const vars = join(root, 'workers/disputes/.dev.vars')
  if (existsSync(vars)) copyFileSync(vars, join(folder, '.dev.vars'))
  return join(folder, 'wrangler.toml')
}

/** wrangler dev arguments for the whole platform on `port` with state in `stateDir`. */
export function platformArgs({ runDir, stateDir, port }) {
  const disputes = disputesConfigForRuns(runDir)
  const configs = allConfigs().map((c) => (c === DISPUTES_CONFIG ? disputes : c))
  return [
    'dev',
    ...configs.flatMap((c) => ['-c', c]),
    '--persist-to',
    stateDir,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--show-interactive-dev-session=false',
    // No line per request: under load the log itself would cost the server's core.
    '--log-level=warn',
  ]
}

/** wrangler dev arguments for the bare Hono baseline. */
export const helloArgs = ({ stateDir, port }) => [
  'dev',
  '-c',
  'scripts/bench/hello/wrangler.toml',
  '--persist-to',
  stateDir,
  '--ip',
  '127.0.0.1',
  '--port',
  String(port),
  '--show-interactive-dev-session=false',
  '--log-level=warn',
]

/** `taskset -c <cpu>` where taskset exists (util-linux), else the command as it is. */
export function pinned(cpu, cmd, args) {
  if (cpu === undefined || cpu === null || !existsSync('/usr/bin/taskset')) return [cmd, args]
  return ['taskset', ['-c', String(cpu), cmd, ...args]]
}

/**
 * Starts wrangler in its own process group. `stop()` shuts it down (SIGTERM, then SIGKILL after
 * 10 s); `crash()` SIGKILLs the whole group at once, as a power cut or an OOM kill would.
 */
export async function startRuntime({ args, cpu, logFile, port }) {
  if (await portInUse(port)) throw new Error(`Port ${port} is in use: stop what runs there first.`)
  const [cmd, argv] = pinned(cpu, 'wrangler', args)
  const log = logFile ? openSync(logFile, 'a') : 'ignore'
  const child = spawn(cmd, argv, {
    cwd: root,
    detached: true,
    stdio: ['ignore', log, log],
    env: projectEnv({ WRANGLER_SEND_METRICS: 'false', CI: 'true' }),
  })
  const exited = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      // Said in the run's log, so a runtime that died on its own is told apart from one stopped.
      if (typeof log === 'number') writeSync(log, `\n[runtime] wrangler exited (code ${code}, signal ${signal})\n`)
      resolve(code)
    }),
  )
  const signal = (name) => {
    try {
      process.kill(-child.pid, name)
    } catch {
      // already gone
    }
  }
  /** The group's last process may close the port a moment after wrangler itself has exited. */
  const released = async () => {
    for (let i = 0; i < 100 && (await portInUse(port)); i++) await new Promise((r) => setTimeout(r, 150))
  }
  return {
    pid: child.pid,
    exited,
    async stop() {
      signal('SIGTERM')
      const timer = setTimeout(() => signal('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
      // workerd may outlive wrangler for a moment: make sure the group is gone.
      signal('SIGKILL')
      await released()
    },
    async crash() {
      signal('SIGKILL')
      await exited
      await released()
    },
  }
}

/** Waits until `url` answers 200. */
export async function waitFor(url, { timeoutMs = 120_000 } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
