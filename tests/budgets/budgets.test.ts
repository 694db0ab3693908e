import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { appDryRun, firstLoadJs, repoRoot, workerBundle } from './sizes'

type Budgets = {
  apps: Record<string, { firstLoadJsGzip: number }>
  workers: Record<string, { config: string; bundleGzip: number }>
}
const budgets = JSON.parse(readFileSync(join(repoRoot, 'budgets.json'), 'utf8')) as Budgets
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

describe('first-load JavaScript of each app stays within its budget', () => {
  it.each(Object.entries(budgets.apps))('%s', (app, budget) => {
    const { gzip } = firstLoadJs(app)
    console.log(`${app}: first-load JS ${kb(gzip)} gzip (budget ${kb(budget.firstLoadJsGzip)})`)
    expect(
      gzip,
      `${app} first-load JS is ${kb(gzip)} gzip, over its budget of ${kb(budget.firstLoadJsGzip)}`,
    ).toBeLessThanOrEqual(budget.firstLoadJsGzip)
  })
})

describe('each worker bundle builds offline (wrangler deploy --dry-run) within its budget', () => {
  it.each(Object.entries(budgets.workers))('%s', (worker, budget) => {
    const { gzip } = workerBundle(budget.config)
    console.log(`${worker}: bundle ${kb(gzip)} gzip (budget ${kb(budget.bundleGzip)})`)
    expect(
      gzip,
      `${worker} bundle is ${kb(gzip)} gzip, over its budget of ${kb(budget.bundleGzip)}`,
    ).toBeLessThanOrEqual(budget.bundleGzip)
  })
})

describe('each worker deploys to staging (wrangler deploy --dry-run --env staging)', () => {
  it.each(Object.entries(budgets.workers))('%s', (worker, budget) => {
    const { gzip } = workerBundle(budget.config, 'staging')
    console.log(`${worker} (staging): bundle ${kb(gzip)} gzip`)
    expect(gzip).toBeLessThanOrEqual(budget.bundleGzip)
  })
})

describe('each app deploys (wrangler deploy --dry-run), locally and to staging', () => {
  it.each(
    Object.keys(budgets.apps).flatMap((app) => [
      [app, ''],
      [app, 'staging'],
    ]),
  )('%s %s', (app, env) => {
    const { files, bytes } = appDryRun(app, env)
    console.log(`${app}${env ? ` (${env})` : ''}: ${files} asset files, ${kb(bytes)}`)
    expect(files).toBeGreaterThan(0)
  })
})

describe('each app build names itself (scripts/vite/app-build-id.mjs)', () => {
  it.each(Object.keys(budgets.apps))(
    '%s: the same content-hash id in _headers (X-App-Version), version.json and the page',
    (app) => {
      const dist = join(repoRoot, 'apps', app, 'dist')
      const { buildId } = JSON.parse(readFileSync(join(dist, 'version.json'), 'utf8')) as { buildId: string }
      expect(buildId).toMatch(/^[0-9a-f]{16}$/)
      expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(`/*\n  X-App-Version: ${buildId}\n`)
      const html = readFileSync(join(dist, 'index.html'), 'utf8')
      expect(html).toContain(`<meta name="app-version" content="${buildId}" />`)
      // The gateway streams the platform header in here (workers/gateway/src/shell/platform-shell.ts).
      expect(html).toContain('<div id="platform-header"></div>')
    },
  )
})
