import { hashPassword, seal } from '@platform/auth'
import { DEMO_PASSWORD, type DemoAccount } from './demo-accounts'
import { SeedError } from './seed-error'
import type { Row } from './tables'

// The writer's half of the demo accounts: what the generator cannot do purely. Each account
// gets its own random salt (PBKDF2, packages/auth/password) and its TOTP secret sealed with the
// gateway's identity data key, exactly as the gateway stores accounts it creates itself.

/**
 * The identity data key from the environment the root wrangler.toml gets locally, i.e. the
 * root `.dev.vars` the start script writes. Without it the sealed secrets could not be read.
 */
export function identityDataKey(env: Record<string, unknown>): string {
  const key = env.IDENTITY_DATA_KEY
  if (typeof key !== 'string' || key === '') {
    throw new SeedError(
      'IDENTITY_DATA_KEY is missing from .dev.vars at the repository root, so the demo accounts’ TOTP ' +
        'secrets cannot be sealed. Run the start script once (`npm start`), which writes it, then seed again.',
    )
  }
  return key
}

/** Account rows ready to insert. Hashes run side by side (Node runs PBKDF2 off the main thread). */
export function demoAccountRows(
  accounts: readonly DemoAccount[],
  dataKey: string,
  password: string = DEMO_PASSWORD,
): Promise<Row<'identity', 'account'>[]> {
  return Promise.all(
    accounts.map(async ({ totpSecret, linkedTo: _linkedTo, ...account }) => {
      let totpSecretSealed: string | null = null
      if (totpSecret) {
        try {
          totpSecretSealed = await seal(totpSecret, dataKey)
        } catch (err) {
          throw new SeedError(`IDENTITY_DATA_KEY in .dev.vars is not usable: ${(err as Error).message}`)
        }
      }
      return { ...account, passwordHash: await hashPassword(password), totpSecretSealed }
    }),
  )
}
