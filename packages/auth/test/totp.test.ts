import { describe, expect, it } from 'vitest'
import { base32Decode, base32Encode, hotp, matchTotp, newTotpSecret, totp, totpUri } from '../src'

// RFC 6238 appendix B uses the ASCII secret "12345678901234567890" with SHA-1 and 8 digits;
// the 6-digit codes are the last six digits of those values.
const rfcSecret = base32Encode(new TextEncoder().encode('12345678901234567890'))

describe('TOTP (RFC 6238)', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('gives the RFC test vector at t=%i', async (t, expected) => {
    expect(await hotp(base32Decode(rfcSecret), Math.floor(t / 30), 8)).toBe(expected)
    expect(await totp(rfcSecret, t)).toBe(expected.slice(2))
  })

  it('accepts a code from the previous or next step, not two steps away', async () => {
    const now = 1_700_000_000
    const secret = newTotpSecret()
    expect(await matchTotp(secret, await totp(secret, now - 30), now)).toBe(Math.floor(now / 30) - 1)
    expect(await matchTotp(secret, await totp(secret, now + 30), now)).toBe(Math.floor(now / 30) + 1)
    expect(await matchTotp(secret, await totp(secret, now - 90), now)).toBeNull()
  })

  it('refuses anything that is not six digits', async () => {
    const secret = newTotpSecret()
    for (const code of ['', '12345', '1234567', 'abcdef', '12 345']) expect(await matchTotp(secret, code)).toBeNull()
  })

  it('round-trips base32 and makes 160-bit secrets', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(20))
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes)
    expect(base32Decode(newTotpSecret())).toHaveLength(20)
  })

  it('builds the enrolment link authenticator apps read', () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'demo.board_chair', 'Community Policing')
    expect(uri).toMatch(/^otpauth:\/\/totp\/Community%20Policing%3Ademo\.board_chair\?/)
    expect(new URL(uri).searchParams.get('secret')).toBe('JBSWY3DPEHPK3PXP')
  })
})
