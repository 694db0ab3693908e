// Runs the whole platform (gateway, domain workers, apps) in one wrangler dev / workerd
// process on one port, with one persisted state folder.
import { createConnection } from 'node:net'
import { allConfigs } from './platform-parts.mjs'
import { start } from './run.mjs'

export const defaultPort = 8787

export function buildApps(pnpm) {
  return [pnpm, ['--filter', './apps/*', '--reporter=append-only', 'run', 'build']]
}

export function servePlatform({ port, stateDir, quiet = false }) {
  const args = ['dev', ...allConfigs().flatMap((c) => ['-c', c])]
  args.push(
    '--persist-to',
    stateDir,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--show-interactive-dev-session=false',
  )
  return start('wrangler', args, {
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { WRANGLER_SEND_METRICS: 'false' },
  })
}

export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Waits until the gateway answers a health read through to every domain worker. */
export async function waitUntilReady(port, { timeoutMs = 90_000 } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/public/district`)
      if (res.ok) return await res.json()
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The platform did not answer on port ${port} within ${timeoutMs / 1000} s`)
}
