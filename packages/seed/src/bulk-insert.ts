import { getTableColumns, type SQL, sql } from 'drizzle-orm'
import type { DrizzleD1Database } from 'drizzle-orm/d1'
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core'

// Big tables (a year of presence for every officer: tens of thousands of rows) in few statements.
// D1 binds at most 100 parameters per statement, so a plain INSERT carries 8 presence rows and a
// year took thousands of statements, each a round trip through the local runtime (the seed went
// from ~15 s to ~37 s). Here one parameter carries a JSON array of rows and SQLite unpacks it with
// json_each: INSERT ... SELECT ... FROM json_each(?) ON CONFLICT DO NOTHING, as idempotent as the
// plain inserts. Values go through each column's own driver mapping (booleans as 0/1, JSON as text),
// as drizzle's INSERT would. A statement's JSON stays under D1's 100 KB statement size, as a margin
// below its 2 MB limit for a bound value.

/** Tables with at least this many rows go in JSON packs; smaller ones keep plain inserts. */
export const BULK_FROM_ROWS = 2000
const PACK_CHARS = 90_000

type Column = [key: string, column: SQLiteColumn]

/** The columns drizzle's INSERT lists, in its order: all but those generated always. */
const insertable = (table: SQLiteTable): Column[] =>
  Object.entries(getTableColumns(table)).filter(
    ([, column]) => column.generated === undefined || column.generated.type === 'byDefault',
  )

/**
 * Whether every row can go in a pack: a value left out would need the column's default, which
 * INSERT ... SELECT does not apply, so such a table keeps plain inserts.
 */
export function packable(table: SQLiteTable, rows: readonly Record<string, unknown>[]): boolean {
  const withDefault = insertable(table).filter(([, column]) => column.hasDefault)
  return rows.length >= BULK_FROM_ROWS && rows.every((row) => withDefault.every(([key]) => row[key] !== undefined))
}

/** A row as the driver stores it, in the table's column order. */
const driverRow = (columns: Column[], row: Record<string, unknown>) =>
  columns.map(([key, column]) => {
    const value = row[key]
    return value === undefined || value === null ? null : column.mapToDriverValue(value)
  })

/** Rows packed into JSON arrays of at most PACK_CHARS characters. */
function packs(columns: Column[], rows: readonly Record<string, unknown>[]): string[] {
  const out: string[] = []
  let current: string[] = []
  let size = 0
  for (const row of rows) {
    const text = JSON.stringify(driverRow(columns, row))
    if (size + text.length > PACK_CHARS && current.length > 0) {
      out.push(`[${current.join(',')}]`)
      current = []
      size = 0
    }
    current.push(text)
    size += text.length + 1
  }
  if (current.length > 0) out.push(`[${current.join(',')}]`)
  return out
}

/** INSERT ... SELECT FROM json_each(?) ... ON CONFLICT DO NOTHING, one statement per pack, one bound value each. */
export function packedInsertStatements(db: DrizzleD1Database, table: SQLiteTable, rows: readonly unknown[]) {
  const columns = insertable(table)
  const fields = sql.join(
    columns.map((_, i) => sql.raw(`json_extract(value, '$[${i}]')`)),
    sql.raw(', '),
  )
  return packs(columns, rows as Record<string, unknown>[]).map((json) => {
    // WHERE true: SQLite needs it to tell an upsert's ON CONFLICT from a join after SELECT ... FROM.
    const select: SQL = sql`select ${fields} from json_each(${json}) where true`
    return db.insert(table).select(select).onConflictDoNothing()
  })
}
