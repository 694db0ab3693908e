import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { newDataKey, unseal, verifyPassword } from '@platform/auth'
import { type AnyD1Database, drizzle } from 'drizzle-orm/d1'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DatabaseName, DEMO_PASSWORD, generateDistrict, SEED_TABLES, type SeedRows } from '../src'
import { disputeRows } from '../src/disputes-rows'
import { demoAccountRows } from '../src/identity-rows'
import { configOf, insertStatements, SeedError, writeDistrict } from '../src/write'

// The writer against real local D1 files, migrated by wrangler the way the start script does,
// in a folder of its own (as the e2e run uses its own state folder). The identity database is
// the gateway's, migrated through the root wrangler.toml; the test brings its own data key.

const root = resolve(import.meta.dirname, '../../..')
const district = generateDistrict()
const databases = Object.keys(SEED_TABLES) as DatabaseName[]
const identityDataKey = newDataKey()
const disputesDataKey = newDataKey()
let state: string

async function wrangler(args: string[]): Promise<string> {
  const run = promisify(execFile)
  const { stdout } = await run(join(root, 'node_modules/.bin/wrangler'), args, {
    cwd: root,
    env: { ...process.env, CI: 'true' },
  })
  return stdout
}

async function query(database: DatabaseName, command: string): Promise<Record<string, unknown>[]> {
  const args = ['d1', 'execute', database, '--local', '--persist-to', state, '-c', configOf(database)]
  const out = await wrangler([...args, '--json', '--command', command])
  return JSON.parse(out)[0].results
}

describe('insert statements', () => {
  it('stay within D1’s 100 bound parameters per statement', async () => {
    const offline = drizzle({} as AnyD1Database)
    const seedRows: SeedRows = {
      ...district,
      identity: { account: await demoAccountRows(district.identity.account, identityDataKey) },
      disputes: { ...district.disputes, ...(await disputeRows(district.disputes.dispute, disputesDataKey)) },
    }
    for (const database of databases) {
      const tables = SEED_TABLES[database] as Record<string, SQLiteTable>
      const rows = seedRows[database] as Record<string, unknown[]>
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
  const options = () => ({ root, persistTo: state, identityDataKey, disputesDataKey })

  beforeAll(() => {
    state = mkdtempSync(join(tmpdir(), 'seed-state-'))
  })
  afterAll(() => rmSync(state, { recursive: true, force: true }))

  it('refuses to write before the migrations and says how to apply them', async () => {
    const attempt = writeDistrict(district, options())
    await expect(attempt).rejects.toBeInstanceOf(SeedError)
    await expect(attempt).rejects.toThrow(/wrangler d1 migrations apply officers --local --persist-to/)
    await expect(attempt).rejects.toThrow(
      /wrangler d1 migrations apply identity --local --persist-to \S+ -c wrangler\.toml/,
    )
  })

  it('writes nothing at all, in any database, when the identity data key is unusable', async () => {
    // One at a time, as the start script does: parallel runs on a fresh folder can hit SQLITE_BUSY.
    for (const d of databases) {
      await wrangler(['d1', 'migrations', 'apply', d, '--local', '--persist-to', state, '-c', configOf(d)])
    }
    const attempt = writeDistrict(district, { ...options(), identityDataKey: 'not-a-key' })
    await expect(attempt).rejects.toThrow(/IDENTITY_DATA_KEY .* not usable/)
    expect((await query('communities', 'select count(*) as n from station'))[0]?.n).toBe(0)
    expect((await query('identity', 'select count(*) as n from account'))[0]?.n).toBe(0)
  })

  it('writes every table once; a second run finds the district there and changes nothing', async () => {
    const first = await writeDistrict(district, options())
    expect(first.map((r) => r.name)).toContain('identity')
    for (const report of first) {
      expect(report.seeded).toBe(false)
      for (const t of report.tables) expect(t.after, t.table).toBe(t.expected)
    }
    const accounts = await query('identity', 'select * from account order by username')
    const second = await writeDistrict(district, options())
    for (const report of second) {
      expect(report.seeded).toBe(true)
      for (const t of report.tables) expect(t.after, t.table).toBe(t.before)
    }
    // Not even rewritten: the hashes (random salts) and sealed secrets (random nonces) are the first run's.
    expect(await query('identity', 'select * from account order by username')).toEqual(accounts)
  })

  it('lands the demo accounts where the gateway reads them: the password verifies, the secret unseals', async () => {
    const accounts = await query('identity', 'select * from account')
    expect(accounts.map((a) => a.username).sort()).toEqual(district.identity.account.map((a) => a.username).sort())
    for (const generated of district.identity.account) {
      const stored = accounts.find((a) => a.username === generated.username) as Record<string, unknown>
      expect(stored.id).toBe(generated.id)
      expect(JSON.parse(stored.roles as string)).toEqual(generated.roles)
      expect(stored.officer_id).toBe(generated.officerId)
      expect(await verifyPassword(DEMO_PASSWORD, stored.password_hash as string), generated.username).toBe(true)
      if (generated.totpSecret) {
        expect(await unseal(stored.totp_secret_sealed as string, identityDataKey)).toBe(generated.totpSecret)
        expect(stored.totp_enrolled_at).not.toBeNull()
      } else {
        expect(stored.totp_secret_sealed).toBeNull()
      }
    }
  })

  it('seals the seeded disputes like the intake: names and phones nowhere in clear, each opens with its id', async () => {
    const rows = await query('disputes', 'select id, personal_sealed from dispute')
    expect(rows).toHaveLength(district.disputes.dispute.length)
    const draft = district.disputes.dispute[0] as (typeof district.disputes.dispute)[number]
    const stored = rows.find((r) => r.id === draft.id) as { personal_sealed: string }
    expect(JSON.parse(await unseal(stored.personal_sealed, disputesDataKey, draft.id))).toEqual(draft.personal)
    const dump = JSON.stringify(await query('disputes', 'select * from dispute'))
    expect(dump).not.toContain(draft.personal.applicant.phone)
    expect(dump).not.toContain(draft.personal.applicant.name)
    expect((await query('disputes', 'select count(*) as n from dispute_contact'))[0]?.n).toBeGreaterThan(rows.length)
  })

  it('writes where wrangler reads: `wrangler d1 execute --persist-to` counts 20 stations', async () => {
    expect((await query('communities', 'select count(*) as n from station'))[0]?.n).toBe(20)
  })
}, 120_000)
