import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { settings } from './settings'

/** Keeps a run's figures for docs/reliability.md (`pnpm soak` writes the page from them). */
export function keepFigures(name: string, figures: unknown) {
  mkdirSync(settings.reportDir, { recursive: true })
  writeFileSync(join(settings.reportDir, `reliability-${name}.json`), `${JSON.stringify(figures, null, 2)}\n`)
}
