import { describe, expect, it } from 'vitest'
import { hashPassword, PASSWORD_ITERATIONS, UNKNOWN_USER_HASH, verifyPassword } from '../src'

describe('password hashes', () => {
  it('uses PBKDF2-SHA256 with at least 100,000 iterations and a salt per hash', async () => {
    const a = await hashPassword('correct horse battery')
    const b = await hashPassword('correct horse battery')
    expect(a).toMatch(/^pbkdf2-sha256\$100000\$/)
    expect(PASSWORD_ITERATIONS).toBeGreaterThanOrEqual(100_000)
    expect(a).not.toBe(b)
  })

  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct horse battery')
    expect(await verifyPassword('correct horse battery', stored)).toBe(true)
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false)
  })

  it('never matches a malformed stored value or the unknown-user placeholder', async () => {
    for (const stored of ['', 'plain', 'md5$1$a$b', 'pbkdf2-sha256$0$AA$AA', UNKNOWN_USER_HASH]) {
      expect(await verifyPassword('anything at all', stored)).toBe(false)
    }
  })
})
