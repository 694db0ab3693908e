import { matchTotp } from '@platform/auth'
import { and, eq, isNull, lt, or } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb, schema } from '../../db'
import type { AccountRow } from '../accounts/account-view'
import { attemptGuard } from '../throttle/attempt-guard'
import { openSecret } from './totp-secret'

export type CodeCheck = { outcome: 'ok' } | { outcome: 'refused' } | { outcome: 'throttled'; retryAfterSeconds: number }

const { account: accountTable } = schema

/**
 * Records the step a code matched, only if it is later than the last one accepted: one
 * statement, so two requests racing with the same code cannot both win.
 */
async function claimStep(c: Context<AppEnv>, accountId: string, step: number): Promise<boolean> {
  const claimed = await createDb(c.env)
    .update(accountTable)
    .set({ totpLastStep: step })
    .where(
      and(eq(accountTable.id, accountId), or(isNull(accountTable.totpLastStep), lt(accountTable.totpLastStep, step))),
    )
    .returning({ id: accountTable.id })
  return claimed.length === 1
}

/**
 * A TOTP code (RFC 6238, one step of drift either side), throttled like passwords: a wrong,
 * malformed or replayed code is a failure of the account and the address.
 */
export async function checkCode(c: Context<AppEnv>, account: AccountRow, code: string): Promise<CodeCheck> {
  const guard = await attemptGuard(c, account.username)
  const blocked = await guard.admit()
  if (blocked !== null) return { outcome: 'throttled', retryAfterSeconds: blocked }
  const secret = await openSecret(c, account)
  const step = secret ? await matchTotp(secret, code) : null
  if (step === null || !(await claimStep(c, account.id, step))) {
    const nowBlocked = await guard.fail()
    return nowBlocked === null ? { outcome: 'refused' } : { outcome: 'throttled', retryAfterSeconds: nowBlocked }
  }
  await guard.succeed()
  return { outcome: 'ok' }
}
