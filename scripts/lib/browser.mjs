// The end-to-end tests drive Debian's Chromium (browsers cannot be downloaded here).
import { existsSync } from 'node:fs'
import { run, step } from './run.mjs'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export function ensureChromium() {
  if (existsSync(chromiumPath)) return chromiumPath
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    throw new Error(
      `Chromium is missing at ${chromiumPath}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk) ` +
        'or point CHROMIUM_PATH at a Chromium binary, then run again.',
    )
  }
  step('Installing Debian chromium and CJK fonts for the end-to-end tests')
  run('apt-get', ['update', '-qq'])
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
    env: { DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (!existsSync(chromiumPath)) throw new Error(`apt-get finished but ${chromiumPath} is still missing`)
  return chromiumPath
}
