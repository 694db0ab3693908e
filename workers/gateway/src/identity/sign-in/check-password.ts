import { UNKNOWN_USER_HASH, verifyPassword } from '@platform/auth'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import type { AccountRow } from '../accounts/account-view'
import { findAccountByUsername } from '../accounts/find-account'
import { attemptGuard } from '../throttle/attempt-guard'

export type PasswordCheck =
  | { outcome: 'ok'; account: AccountRow }
  | { outcome: 'refused' }
  | { outcome: 'throttled'; retryAfterSeconds: number }

/**
 * The password step. An unknown username is checked against a dummy hash and a disabled
 * account against its real one, so all three failures take as long and answer the same
 * (`refused`); each counts against the username and the address.
 */
export async function checkPassword(c: Context<AppEnv>, username: string, password: string): Promise<PasswordCheck> {
  const guard = await attemptGuard(c, username)
  const blocked = await guard.admit()
  if (blocked !== null) return { outcome: 'throttled', retryAfterSeconds: blocked }
  const account = await findAccountByUsername(createDb(c.env), username)
  const matches = await verifyPassword(password, account?.passwordHash ?? UNKNOWN_USER_HASH)
  if (!account || !matches || !account.active) {
    const nowBlocked = await guard.fail()
    return nowBlocked === null ? { outcome: 'refused' } : { outcome: 'throttled', retryAfterSeconds: nowBlocked }
  }
  await guard.succeed()
  return { outcome: 'ok', account }
}
