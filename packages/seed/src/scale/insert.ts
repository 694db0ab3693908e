import type { DatabaseSync, StatementSync } from 'node:sqlite'
import { getTableColumns, getTableName } from 'drizzle-orm'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Progress } from './progress'

// Bulk inserts straight into a D1 database file, typed by the worker's drizzle table. Only the
// columns a row names are written, so a column another change adds later (nullable or with a
// default) is simply left to its default. Rows go in big transactions (SQLite's fast path),
// shared by every inserter of the same database file.

const ROWS_PER_TRANSACTION = 50_000

type Value = string | number | null
const sqlValue = (value: unknown): Value =>
  value === undefined || value === null
    ? null
    : typeof value === 'boolean'
      ? value
        ? 1
        : 0
      : (value as string | number)

const transactions = new WeakMap<DatabaseSync, { rows: number }>()

/** Counts a row into the database's open transaction, committing every ROWS_PER_TRANSACTION. */
function inTransaction(db: DatabaseSync) {
  let open = transactions.get(db)
  if (!open) {
    db.exec('BEGIN')
    open = { rows: 0 }
    transactions.set(db, open)
  }
  if (++open.rows >= ROWS_PER_TRANSACTION) {
    db.exec('COMMIT')
    transactions.delete(db)
  }
}

/** Commits what is pending on the database. */
export function commit(db: DatabaseSync) {
  if (!transactions.has(db)) return
  db.exec('COMMIT')
  transactions.delete(db)
}

export type Inserter<T extends SQLiteTable> = {
  add(row: T['$inferInsert']): void
  /** Commits what is pending and returns the number of rows written. */
  finish(): number
}

/** INSERT OR IGNORE: a re-run, or rows the district seed already holds, change nothing. */
export function inserter<T extends SQLiteTable>(db: DatabaseSync, table: T, bar?: Progress): Inserter<T> {
  const columns = getTableColumns(table) as Record<string, { name: string }>
  let keys: string[] = []
  let statement: StatementSync | null = null
  let written = 0
  return {
    add(row) {
      if (!statement) {
        keys = Object.keys(row).filter((k) => k in columns)
        const names = keys.map((k) => `"${columns[k]?.name}"`).join(', ')
        statement = db.prepare(
          `INSERT OR IGNORE INTO "${getTableName(table)}" (${names}) VALUES (${keys.map(() => '?').join(', ')})`,
        )
      }
      inTransaction(db)
      const values = keys.map((k) => sqlValue((row as Record<string, unknown>)[k]))
      written += Number(statement.run(...values).changes)
      bar?.tick()
    },
    finish() {
      commit(db)
      return written
    },
  }
}
