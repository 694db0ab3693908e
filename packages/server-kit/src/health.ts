import type { Health } from '@platform/contracts'
import { getTableName, is, Table } from 'drizzle-orm'

/**
 * The database is healthy when it answers and every table of the worker's schema exists,
 * i.e. its migrations have been applied. The expected tables come from the drizzle schema,
 * so there is no second list to keep in step.
 */
export async function checkHealth(worker: string, db: D1Database, schema: Record<string, unknown>): Promise<Health> {
  const expected = Object.values(schema)
    .filter((value): value is Table => is(value, Table))
    .map((table) => getTableName(table))
  try {
    const { results } = await db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>()
    const present = new Set(results.map((row) => row.name))
    const missingTables = expected.filter((name) => !present.has(name)).sort()
    return { status: missingTables.length ? 'degraded' : 'ok', worker, database: { reachable: true, missingTables } }
  } catch {
    return { status: 'degraded', worker, database: { reachable: false, missingTables: expected.sort() } }
  }
}
