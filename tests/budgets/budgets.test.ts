import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { firstLoadJs, repoRoot, workerBundle } from './sizes'

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
