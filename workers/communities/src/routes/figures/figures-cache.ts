import type { Figures } from '@platform/contracts'
import { sql } from 'drizzle-orm'
import { COMMUNITIES_CONFIG } from '../../config'
import type { Db } from '../../db'

// The district figures were the slowest read of the platform (docs/benchmarks.md: p99 ~1.5 s at
// scale): every request summed a year of registration, incidents and outreach and asked two other
// workers about each month of the trend. The assembled answer is kept per scope and period in the
// isolate, tagged with a version of this database's records, and served again while the version
// holds and the answer is younger than the time to live:
// - any state change goes through writeWithAudit, whose audit row lands in the same batch as the
//   change, so the audit log's last sequence number moves with every write (registration,
//   incidents, outreach, or anything else here) and the next read recomputes;
// - rows written without the API (the seed, test fixtures) move the largest rowid of the tables
//   the figures read, which is part of the version too;
// - hours and satisfaction belong to other workers, whose writes this worker cannot see: the time
//   to live bounds how stale they can be.
// Each isolate keeps its own entries (no promise is shared between requests: workerd refuses I/O
// across requests), so a cold isolate computes once per scope and period.

type Entry = { version: string; storedAt: number; figures: Figures }

const entries = new Map<string, Entry>()

/** A version of the records the figures read: reading it costs one small batch of index lookups. */
export async function recordsVersion(db: Db): Promise<string> {
  // Scalar subqueries in one row: D1 caps the terms of a compound (UNION) SELECT.
  const [row] = await db.all<Record<string, number | null>>(
    sql`select (select max(seq) from audit_log) as audit,
               (select max(rowid) from registration) as registration,
               (select max(rowid) from incident_count) as incidents,
               (select max(rowid) from community) as communities,
               (select max(rowid) from outreach_group) as groups,
               (select max(rowid) from outreach_event) as events`,
  )
  return Object.values(row ?? {})
    .map((value) => value ?? 0)
    .join('.')
}

export const figuresKey = (stationId: string | null, period: string | undefined) =>
  `${stationId ?? 'district'}|${period ?? 'latest'}`

/** The kept answer for the key, if it was computed at this version and is still fresh. */
export function cachedFigures(key: string, version: string, now = Date.now()): Figures | undefined {
  const entry = entries.get(key)
  if (!entry) return undefined
  if (entry.version !== version || now - entry.storedAt > COMMUNITIES_CONFIG.figuresCache.ttlMs) {
    entries.delete(key)
    return undefined
  }
  return entry.figures
}

export function keepFigures(key: string, version: string, figures: Figures, now = Date.now()) {
  // Oldest out first (a Map keeps insertion order), so the cache stays small whatever is asked.
  entries.delete(key)
  while (entries.size >= COMMUNITIES_CONFIG.figuresCache.maxEntries) {
    const oldest = entries.keys().next().value
    if (oldest === undefined) break
    entries.delete(oldest)
  }
  entries.set(key, { version, storedAt: now, figures })
}
