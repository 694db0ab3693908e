import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { clientAddress, throttleKeys } from './throttle-keys'
import { blockedForSeconds, liveFailures, slowdownMs } from './throttle-rules'
import { clearThrottle, readThrottle, recordFailure } from './throttle-store'

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export type AttemptGuard = {
  /** Before checking a secret: seconds to wait when blocked (429), else null after the slowdown. */
  admit(): Promise<number | null>
  /** After a wrong secret: seconds to wait when this failure blocked the account or address. */
  fail(): Promise<number | null>
  /** After a right one: the account's failures are forgotten. */
  succeed(): Promise<void>
}

/**
 * The throttle around every secret a person types (password, TOTP code, current password),
 * counted per username and per client address alike, so a blocked username answers the
 * same whether or not the account exists.
 */
export async function attemptGuard(c: Context<AppEnv>, username: string): Promise<AttemptGuard> {
  const config = c.get('identityConfig').throttle
  const db = createDb(c.env)
  const keys = await throttleKeys(username, clientAddress(c), {
    account: config.accountFailureLimit,
    address: config.addressFailureLimit,
  })
  const both = [keys.account, keys.address]
  return {
    async admit() {
      const now = new Date()
      const rows = await readThrottle(db, both)
      const blocked = both.map((k) => blockedForSeconds(rows.get(k.key), now) ?? 0)
      const wait = Math.max(...blocked)
      if (wait > 0) return wait
      const failures = Math.max(...both.map((k) => liveFailures(rows.get(k.key), now, config)))
      const delay = slowdownMs(failures, config)
      if (delay > 0) await sleep(delay)
      return null
    },
    async fail() {
      const now = new Date()
      const rows = await Promise.all(both.map((k) => recordFailure(db, k, now, config)))
      const wait = Math.max(...rows.map((row) => blockedForSeconds(row, now) ?? 0))
      return wait > 0 ? wait : null
    },
    async succeed() {
      await clearThrottle(db, keys.account)
    },
  }
}
