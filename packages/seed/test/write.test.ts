import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { type AnyD1Database, drizzle } from 'drizzle-orm/d1'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DatabaseName, generateDistrict, SEED_TABLES } from '../src'
import { insertStatements, SeedError, writeDistrict } from '../src/write'

// The writer against real local D1 files, migrated by wrangler the way the start script does,
// in a folder of its own (as the e2e run uses its own state folder).

const root = resolve(import.meta.dirname, '../../..')
const district = generateDistrict()
const databases = Object.keys(SEED_TABLES) as DatabaseName[]

async function wrangler(args: string[]): Promise<string> {
  const run = promisify(execFile)
  const { stdout } = await run(join(root, 'node_modules/.bin/wrangler'), args, {
    cwd: root,
    env: { ...process.env, CI: 'true' },
  })
  return stdout
}

const config = (database: DatabaseName) => `workers/${database}/wrangler.toml`

describe('insert statements', () => {
  it('stay within D1’s 100 bound parameters per statement', () => {
    const offline = drizzle({} as AnyD1Database)
    for (const database of databases) {
      const tables = SEED_TABLES[database] as Record<string, SQLiteTable>
      const rows = district[database] as Record<string, unknown[]>
      for (const [key, table] of Object.entries(tables)) {
        const statements = insertStatements(offline, table, rows[key] ?? [])
        const bound = statements.map((s) => s.toSQL().params.length)
        expect(Math.max(...bound), key).toBeLessThanOrEqual(100)
        expect(statements.map((s) => s.toSQL().sql).every((q) => q.endsWith('on conflict do nothing'))).toBe(true)
      }
    }
  })
})

describe('writing the district into a state folder', () => {
  let state: string

  beforeAll(() => {
    state = mkdtempSync(join(tmpdir(), 'seed-state-'))
  })
  afterAll(() => rmSync(state, { recursive: true, force: true }))

  it('refuses to write before the migrations and says how to apply them', async () => {
    const attempt = writeDistrict(district, { root, persistTo: state })
    await expect(attempt).rejects.toBeInstanceOf(SeedError)
    await expect(attempt).rejects.toThrow(/wrangler d1 migrations apply officers --local --persist-to/)
  })

  it('writes every table once; a second run finds the district there and changes nothing', async () => {
    // One at a time, as the start script does: parallel runs on a fresh folder can hit SQLITE_BUSY.
    for (const d of databases) {
      await wrangler(['d1', 'migrations', 'apply', d, '--local', '--persist-to', state, '-c', config(d)])
    }
    const first = await writeDistrict(district, { root, persistTo: state })
    for (const report of first) {
      expect(report.seeded).toBe(false)
      for (const t of report.tables) expect(t.after, t.table).toBe(t.expected)
    }
    const second = await writeDistrict(district, { root, persistTo: state })
    for (const report of second) {
      expect(report.seeded).toBe(true)
      for (const t of report.tables) expect(t.after, t.table).toBe(t.before)
    }
  })

  it('writes where wrangler reads: `wrangler d1 execute --persist-to` counts 20 stations', async () => {
    const out = await wrangler([
      'd1',
      'execute',
      'communities',
      '--local',
      '--persist-to',
      state,
      '-c',
      config('communities'),
      '--json',
      '--command',
      'select count(*) as n from station',
    ])
    expect(JSON.parse(out)[0].results[0].n).toBe(20)
  })
}, 120_000)
