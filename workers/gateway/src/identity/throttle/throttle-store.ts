import { eq, inArray, sql } from 'drizzle-orm'
import type { IdentityConfig } from '../../config/identity'
import { type Db, schema } from '../../db'
import type { ThrottleKey } from './throttle-keys'
import type { ThrottleRow } from './throttle-rules'

const { signInThrottle: throttle } = schema

export async function readThrottle(db: Db, keys: readonly ThrottleKey[]): Promise<Map<string, ThrottleRow>> {
  const rows = await db
    .select()
    .from(throttle)
    .where(
      inArray(
        throttle.key,
        keys.map((k) => k.key),
      ),
    )
  return new Map(rows.map((row) => [row.key, row]))
}

/**
 * Counts one failure, in one statement so parallel attempts cannot lose a count: a window
 * older than the configured length starts again at 1, and the failure that reaches the key's
 * limit blocks it for one window from now.
 */
export async function recordFailure(
  db: Db,
  { key, limit }: ThrottleKey,
  now: Date,
  config: IdentityConfig['throttle'],
): Promise<ThrottleRow> {
  const at = now.toISOString()
  const staleBefore = new Date(now.getTime() - config.windowMs).toISOString()
  const blockedUntil = new Date(now.getTime() + config.windowMs).toISOString()
  const stale = sql`${throttle.windowStartedAt} <= ${staleBefore}`
  const next = sql`CASE WHEN ${stale} THEN 1 ELSE ${throttle.failures} + 1 END`
  const [row] = await db
    .insert(throttle)
    .values({ key, failures: 1, windowStartedAt: at, blockedUntil: limit <= 1 ? blockedUntil : null })
    .onConflictDoUpdate({
      target: throttle.key,
      set: {
        failures: next,
        windowStartedAt: sql`CASE WHEN ${stale} THEN ${at} ELSE ${throttle.windowStartedAt} END`,
        blockedUntil: sql`CASE WHEN ${next} >= ${limit} THEN ${blockedUntil} ELSE NULL END`,
      },
    })
    .returning()
  if (!row) throw new Error('sign-in throttle: upsert returned no row')
  return row
}

/** A successful sign-in forgets the account's failures (not the address's: one good password must not reset it). */
export const clearThrottle = (db: Db, key: ThrottleKey) => db.delete(throttle).where(eq(throttle.key, key.key))
