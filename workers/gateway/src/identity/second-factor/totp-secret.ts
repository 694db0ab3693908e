import { newTotpSecret, seal, totpUri, unseal } from '@platform/auth'
import { eq } from 'drizzle-orm'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { createDb, schema } from '../../db'
import type { AccountRow } from '../accounts/account-view'

/** The account's TOTP secret in clear, for checking a code; sealed at rest with IDENTITY_DATA_KEY. */
export const openSecret = (c: Context<AppEnv>, account: AccountRow) =>
  account.totpSecretSealed ? unseal(account.totpSecretSealed, c.env.IDENTITY_DATA_KEY) : Promise.resolve(null)

/**
 * The secret an account is enrolling with: the one drawn at its first visit of the enrolment
 * page (stored sealed, not yet enrolled), so a reload shows the same secret the person may
 * already have scanned.
 */
export async function pendingSecret(c: Context<AppEnv>, account: AccountRow): Promise<string> {
  const existing = await openSecret(c, account)
  if (existing) return existing
  const secret = newTotpSecret()
  await createDb(c.env)
    .update(schema.account)
    .set({ totpSecretSealed: await seal(secret, c.env.IDENTITY_DATA_KEY) })
    .where(eq(schema.account.id, account.id))
  return secret
}

export const enrolmentOf = (c: Context<AppEnv>, account: AccountRow, secret: string) => ({
  secret,
  uri: totpUri(secret, account.username, c.get('identityConfig').totpIssuer),
})

/** `ABCD EFGH …`: groups of four are easier to type into an authenticator app. */
export const groupedSecret = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret
