import { newDataKey, unseal, verifyPassword } from '@platform/auth'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../src'
import { demoAccountRows, identityDataKey } from '../src/identity-rows'
import type { SeedRows } from '../src/tables'
import { identity } from './district'

// The writer's half of the demo accounts: hashing and sealing, checked without a database.

describe('demo account rows as the writer stores them', () => {
  const key = newDataKey()
  let rows: SeedRows['identity']['account']

  beforeAll(async () => {
    rows = await demoAccountRows(identity.account, key)
  })

  it('store a PBKDF2 hash of the documented password, with a salt of each account’s own', async () => {
    for (const row of rows) expect(await verifyPassword(DEMO_PASSWORD, row.passwordHash), row.username).toBe(true)
    expect(await verifyPassword('not-the-demo-password', rows[0]?.passwordHash as string)).toBe(false)
    const salts = rows.map((r) => r.passwordHash.split('$')[2])
    expect(new Set(salts).size).toBe(rows.length)
  })

  it('seal each TOTP secret with the identity data key and keep no secret in clear', async () => {
    for (const [i, row] of rows.entries()) {
      const secret = identity.account[i]?.totpSecret
      expect(row).not.toHaveProperty('totpSecret')
      expect(row).not.toHaveProperty('linkedTo')
      if (!secret) {
        expect(row.totpSecretSealed, row.username).toBeNull()
        continue
      }
      expect(row.totpSecretSealed).not.toContain(secret)
      expect(await unseal(row.totpSecretSealed as string, key)).toBe(secret)
      await expect(unseal(row.totpSecretSealed as string, newDataKey())).rejects.toThrow()
    }
  })

  it('refuse to seal without the identity data key and say to run the start script', () => {
    expect(() => identityDataKey({})).toThrow(/IDENTITY_DATA_KEY is missing from \.dev\.vars.*npm start/s)
    expect(identityDataKey({ IDENTITY_DATA_KEY: key })).toBe(key)
  })

  it('refuse a malformed data key rather than store something unreadable', async () => {
    await expect(demoAccountRows(identity.account, 'too-short')).rejects.toThrow(/IDENTITY_DATA_KEY .* not usable/)
  })
})
