import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { count, getTableColumns, getTableName, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { type AnyD1Database, type DrizzleD1Database, drizzle } from 'drizzle-orm/d1'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { getPlatformProxy, unstable_readConfig } from 'wrangler'
import { packable, packedInsertStatements } from './bulk-insert'
import { disputeRows, disputesDataKey } from './disputes-rows'
import { demoAccountRows, identityDataKey } from './identity-rows'
import { SeedError } from './seed-error'
import { type DatabaseName, type District, SEED_TABLES } from './tables'

export { SeedError } from './seed-error'

// Writes the generated district into the local D1 databases that `wrangler dev --persist-to
// <dir>` serves. getPlatformProxy opens each database's D1 binding from its own wrangler.toml,
// so the database file is the one wrangler picks for that config; wrangler keeps local state
// under `<persist-to>/v3`, and getPlatformProxy takes that inner folder as its `persist.path`.
// Inserts use ON CONFLICT DO NOTHING, so a re-run changes nothing.
//
// This is the only way demo accounts (with their published password and TOTP secrets) come
// into being: it writes local state only, and no migration or deploy step creates them.

/** D1 binds at most 100 parameters per statement: rows per INSERT = floor(100 / columns). */
const D1_MAX_PARAMS = 100

export type TableCount = { table: string; expected: number; before: number; after: number }
export type DatabaseReport = { database: DatabaseName; name: string; seeded: boolean; tables: TableCount[] }
export type WriteOptions = {
  root: string
  persistTo: string
  /** Seals the demo accounts' TOTP secrets; by default IDENTITY_DATA_KEY from the root `.dev.vars`. */
  identityDataKey?: string
  /** Seals the seeded disputes' personal data; by default DISPUTES_DATA_KEY from `workers/disputes/.dev.vars`. */
  disputesDataKey?: string
}

type Batch = [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]

type OpenDatabase = {
  database: DatabaseName
  name: string
  config: string
  db: DrizzleD1Database
  /** The worker's local environment: its bindings and its `.dev.vars`. */
  env: Record<string, unknown>
  tables: [key: string, table: SQLiteTable][]
  dispose: () => Promise<void>
}

/** A path as the user should read it: relative when inside the working folder. */
export function shownPath(path: string): string {
  const inside = relative(process.cwd(), path)
  return inside === '' ? '.' : inside.startsWith('..') ? path : inside
}

function chunk<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}

/**
 * The wrangler config that binds a database: the gateway's (the root one) for identity, the
 * worker's own for the others. The root config also declares the gateway's service and rate
 * limit bindings; getPlatformProxy neither builds the gateway nor reaches the other workers
 * until a binding is called, so opening it costs what opening a worker's config does (~0.4 s),
 * and its env carries IDENTITY_DATA_KEY from the root .dev.vars.
 */
export const configOf = (database: DatabaseName) =>
  database === 'identity' ? 'wrangler.toml' : join('workers', database, 'wrangler.toml')

async function open(database: DatabaseName, options: WriteOptions): Promise<OpenDatabase> {
  const config = configOf(database)
  const configPath = join(options.root, config)
  if (!existsSync(configPath)) throw new SeedError(`${config} is missing: the ${database} worker has no config yet.`)
  const d1 = unstable_readConfig({ config: configPath }).d1_databases[0]
  if (!d1) throw new SeedError(`${config} declares no D1 database.`)
  const proxy = await getPlatformProxy<Record<string, unknown>>({
    configPath,
    persist: { path: resolve(options.persistTo, 'v3') },
    remoteBindings: false,
  })
  return {
    database,
    name: d1.database_name ?? database,
    config,
    db: drizzle(proxy.env[d1.binding] as AnyD1Database),
    env: proxy.env,
    tables: Object.entries(SEED_TABLES[database]) as [string, SQLiteTable][],
    dispose: proxy.dispose,
  }
}

async function missingTables({ db, tables }: OpenDatabase): Promise<string[]> {
  const present = await db.all<{ name: string }>(sql`select name from sqlite_master where type = 'table'`)
  const names = new Set(present.map((r) => r.name))
  return tables.map(([, t]) => getTableName(t)).filter((n) => !names.has(n))
}

async function countRows({ db, tables }: OpenDatabase): Promise<number[]> {
  const queries = tables.map(([, t]) => db.select({ n: count() }).from(t))
  const results = (await db.batch(queries as unknown as Batch)) as { n: number }[][]
  return results.map((r) => r[0]?.n ?? 0)
}

/** INSERT ... ON CONFLICT DO NOTHING statements for one table, each within D1's parameter limit. */
export function insertStatements(db: DrizzleD1Database, table: SQLiteTable, rows: readonly unknown[]) {
  // Big tables go in JSON packs, a few statements instead of thousands (bulk-insert.ts).
  if (packable(table, rows as Record<string, unknown>[])) return packedInsertStatements(db, table, rows)
  const perStatement = Math.floor(D1_MAX_PARAMS / Object.keys(getTableColumns(table)).length)
  return chunk(rows, perStatement).map((part) =>
    db
      .insert(table)
      .values(part as SQLiteTable['$inferInsert'][])
      .onConflictDoNothing(),
  )
}

/**
 * Statements per batch. One batch for a whole database (thousands of statements) is one request
 * to the local runtime, which it may drop under load ("other side closed"); smaller batches in
 * order are safe because every insert is ON CONFLICT DO NOTHING and a database counts as seeded
 * only when every table holds its rows, so a run cut short is completed by the next one.
 */
const STATEMENTS_PER_BATCH = 400

async function insertRows({ db, tables }: OpenDatabase, rowsByTable: Record<string, readonly unknown[]>) {
  const inserts = tables.flatMap(([key, table]) => insertStatements(db, table, rowsByTable[key] ?? []))
  for (const part of chunk(inserts, STATEMENTS_PER_BATCH)) await db.batch(part as unknown as Batch)
}

type Rows = Record<string, readonly unknown[]>

const expectedRows = (target: OpenDatabase, district: District) => district[target.database] as Rows

/** Seeded when each table holds at least the generated rows (later use only adds rows). */
const isSeeded = (target: OpenDatabase, district: District, before: readonly number[]) =>
  target.tables.every(([key], i) => (before[i] as number) >= (expectedRows(target, district)[key]?.length ?? 0))

/** The rows to insert: the generated ones, with the demo accounts hashed and sealed. */
async function rowsToInsert(target: OpenDatabase, district: District, options: WriteOptions): Promise<Rows> {
  if (target.database === 'disputes') {
    const sealed = await disputeRows(district.disputes.dispute, options.disputesDataKey ?? disputesDataKey(target.env))
    return { ...expectedRows(target, district), ...sealed }
  }
  if (target.database !== 'identity') return expectedRows(target, district)
  const key = options.identityDataKey ?? identityDataKey(target.env)
  return { account: await demoAccountRows(district.identity.account, key) }
}

function report(
  target: OpenDatabase,
  district: District,
  seeded: boolean,
  before: number[],
  after: number[],
  inserted?: Rows,
) {
  // What was inserted when it differs from the drafts (disputes' contact digests come with sealing).
  const rows = inserted ?? expectedRows(target, district)
  return {
    database: target.database,
    name: target.name,
    seeded,
    tables: target.tables.map(([key, t], i) => ({
      table: getTableName(t),
      expected: rows[key]?.length ?? 0,
      before: before[i] as number,
      after: after[i] as number,
    })),
  }
}

/**
 * Seeds every database that does not hold the district yet and reports the counts. Nothing is
 * written unless all the databases are there with their tables (migrations applied) and, when
 * the demo accounts are due, the identity data key is at hand.
 */
export async function writeDistrict(district: District, options: WriteOptions): Promise<DatabaseReport[]> {
  const databases = Object.keys(SEED_TABLES) as DatabaseName[]
  const opened: OpenDatabase[] = []
  try {
    // One at a time: proxies opened together on a fresh state folder race to create the same
    // SQLite files and fail with SQLITE_BUSY.
    for (const database of databases) opened.push(await open(database, options))
    const problems: string[] = []
    for (const target of opened) {
      const missing = await missingTables(target)
      if (missing.length === 0) continue
      const persistTo = shownPath(options.persistTo)
      problems.push(
        `The ${target.name} database in ${persistTo}/ has no table ${missing.join(', ')}: apply its migrations first:\n` +
          `  pnpm exec wrangler d1 migrations apply ${target.name} --local --persist-to ${persistTo} -c ${target.config}`,
      )
    }
    if (problems.length > 0) throw new SeedError(problems.join('\n'))
    const before = await Promise.all(opened.map(countRows))
    const seeded = opened.map((target, i) => isSeeded(target, district, before[i] as number[]))
    // Every row is ready (hashed, sealed) before the first insert, so a missing key writes nothing.
    const rows = await Promise.all(
      opened.map((target, i) => (seeded[i] ? undefined : rowsToInsert(target, district, options))),
    )
    // One database at a time: the local runtime answers every proxy, and concurrent large writes
    // are what it drops first.
    const reports: DatabaseReport[] = []
    for (const [i, target] of opened.entries()) {
      const toInsert = rows[i]
      if (toInsert) await insertRows(target, toInsert)
      const counted = before[i] as number[]
      reports.push(report(target, district, !toInsert, counted, toInsert ? await countRows(target) : counted, toInsert))
    }
    return reports
  } finally {
    await Promise.all(opened.map((target) => target.dispose()))
  }
}
