import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

// Where `wrangler d1 migrations apply --local --persist-to <dir>` and `wrangler dev --persist-to
// <dir>` keep each D1 database: one SQLite file per database under <dir>/v3/d1, named by a hash
// of the database id. Rather than recompute miniflare's naming, each file is recognised by a
// table only its database has.

export const MARKER_TABLES = {
  communities: 'registration',
  officers: 'presence_entry',
  assessments: 'score_sheet',
  disputes: 'dispute',
  identity: 'account',
} as const

export type ScaleDatabase = keyof typeof MARKER_TABLES

function sqliteFiles(persistTo: string): string[] {
  const dir = join(persistTo, 'v3', 'd1', 'miniflare-D1DatabaseObject')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => join(dir, name))
}

const tablesOf = (file: string) => {
  // Not read-only: after a stopped or killed runtime, opening may have to recover the WAL.
  const db = new DatabaseSync(file)
  try {
    db.exec('PRAGMA busy_timeout = 10000')
    return new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    )
  } finally {
    db.close()
  }
}

/** The SQLite file of each database, or an error naming the ones that are missing (not migrated). */
export function findDatabaseFiles(persistTo: string): Record<ScaleDatabase, string> {
  const files = sqliteFiles(persistTo).map((file) => ({ file, tables: tablesOf(file) }))
  const found: Partial<Record<ScaleDatabase, string>> = {}
  for (const [database, marker] of Object.entries(MARKER_TABLES) as [ScaleDatabase, string][]) {
    const match = files.find((f) => f.tables.has(marker))
    if (match) found[database] = match.file
  }
  const missing = Object.keys(MARKER_TABLES).filter((d) => !found[d as ScaleDatabase])
  if (missing.length > 0)
    throw new Error(`No migrated D1 file for ${missing.join(', ')} under ${persistTo}: migrate and seed first.`)
  return found as Record<ScaleDatabase, string>
}

/** Opens a database file for a bulk load: one writer, no fsync per transaction. */
export function openForLoad(file: string): DatabaseSync {
  const db = new DatabaseSync(file)
  db.exec('PRAGMA synchronous = OFF')
  db.exec('PRAGMA cache_size = -262144') // 256 MiB: index pages of a million rows stay in memory
  db.exec('PRAGMA foreign_keys = ON')
  return db
}
