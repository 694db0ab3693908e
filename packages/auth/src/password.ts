import { base64urlToBytes, bytesToBase64url, utf8 } from './base64url'

/**
 * Password hashes: PBKDF2-SHA256 with a per-user 16-byte salt. 100,000 iterations is the
 * most the Workers runtime's WebCrypto accepts (and what OWASP ASVS asks at least).
 * Stored as `pbkdf2-sha256$<iterations>$<salt>$<hash>` so the count can rise later.
 */
export const PASSWORD_ITERATIONS = 100_000
export const MIN_PASSWORD_LENGTH = 12

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', utf8(password), 'PBKDF2', false, ['deriveBits'])
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256)
  return new Uint8Array(bits)
}

export async function hashPassword(password: string, salt = crypto.getRandomValues(new Uint8Array(16))) {
  const hash = await derive(password, salt, PASSWORD_ITERATIONS)
  return `pbkdf2-sha256$${PASSWORD_ITERATIONS}$${bytesToBase64url(salt)}$${bytesToBase64url(hash)}`
}

/** Compares in constant time; a malformed stored value never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterationsText, saltText, hashText] = stored.split('$')
  const iterations = Number(iterationsText)
  if (scheme !== 'pbkdf2-sha256' || !Number.isInteger(iterations) || iterations < 1 || !saltText || !hashText)
    return false
  const expected = base64urlToBytes(hashText)
  const actual = await derive(password, base64urlToBytes(saltText), iterations)
  if (actual.length !== expected.length) return false
  let difference = 0
  for (let i = 0; i < actual.length; i++) difference |= (actual[i] as number) ^ (expected[i] as number)
  return difference === 0
}

/** A dummy hash to verify against when the username is unknown, so both cases take as long. */
export const UNKNOWN_USER_HASH = `pbkdf2-sha256$${PASSWORD_ITERATIONS}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`
