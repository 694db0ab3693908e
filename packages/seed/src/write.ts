import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { count, getTableColumns, getTableName, sql } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import { type AnyD1Database, type DrizzleD1Database, drizzle } from 'drizzle-orm/d1'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import { getPlatformProxy, unstable_readConfig } from 'wrangler'
import { type DatabaseName, type District, SEED_TABLES } from './tables'

// Writes the generated district into the local D1 databases that `wrangler dev --persist-to
// <dir>` serves. getPlatformProxy opens each worker's D1 binding from its own wrangler.toml, so
// the database file is the one wrangler picks for that config; wrangler keeps local state under
// `<persist-to>/v3`, and getPlatformProxy takes that inner folder as its `persist.path`.
// Inserts use ON CONFLICT DO NOTHING, so a re-run changes nothing.

/** D1 binds at most 100 parameters per statement: rows per INSERT = floor(100 / columns). */
const D1_MAX_PARAMS = 100

export type TableCount = { table: string; expected: number; before: number; after: number }
export type DatabaseReport = { database: DatabaseName; name: string; seeded: boolean; tables: TableCount[] }
export type WriteOptions = { root: string; persistTo: string }

export class SeedError extends Error {}

type Batch = [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]

type OpenDatabase = {
  database: DatabaseName
  name: string
  config: string
  db: DrizzleD1Database
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

async function open(database: DatabaseName, options: WriteOptions): Promise<OpenDatabase> {
  const config = join('workers', database, 'wrangler.toml')
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
  const perStatement = Math.floor(D1_MAX_PARAMS / Object.keys(getTableColumns(table)).length)
  return chunk(rows, perStatement).map((part) =>
    db
      .insert(table)
      .values(part as SQLiteTable['$inferInsert'][])
      .onConflictDoNothing(),
  )
}

async function insertRows({ db, tables }: OpenDatabase, rowsByTable: Record<string, readonly unknown[]>) {
  const inserts = tables.flatMap(([key, table]) => insertStatements(db, table, rowsByTable[key] ?? []))
  // One batch per database: D1 runs a batch as one transaction, all or nothing.
  if (inserts.length > 0) await db.batch(inserts as unknown as Batch)
}

async function seedDatabase(target: OpenDatabase, district: District): Promise<DatabaseReport> {
  const rowsByTable = district[target.database] as Record<string, readonly unknown[]>
  const before = await countRows(target)
  // Seeded when each table holds at least the generated rows (later use only adds rows).
  const seeded = target.tables.every(([key], i) => (before[i] as number) >= (rowsByTable[key]?.length ?? 0))
  if (!seeded) await insertRows(target, rowsByTable)
  const after = seeded ? before : await countRows(target)
  return {
    database: target.database,
    name: target.name,
    seeded,
    tables: target.tables.map(([key, t], i) => ({
      table: getTableName(t),
      expected: rowsByTable[key]?.length ?? 0,
      before: before[i] as number,
      after: after[i] as number,
    })),
  }
}

/**
 * Seeds every database that does not hold the district yet and reports the counts. Nothing is
 * written unless all four databases are there with their tables (migrations applied).
 */
export async function writeDistrict(district: District, options: WriteOptions): Promise<DatabaseReport[]> {
  const databases = Object.keys(SEED_TABLES) as DatabaseName[]
  const opened: Awaited<ReturnType<typeof open>>[] = []
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
    return await Promise.all(opened.map((target) => seedDatabase(target, district)))
  } finally {
    await Promise.all(opened.map((target) => target.dispose()))
  }
}
