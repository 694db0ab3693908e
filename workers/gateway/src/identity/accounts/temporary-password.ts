/** No 0/O, 1/l/I: the one-time password is read aloud or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/**
 * A one-time password for a new or reset account (about 5.8 bits a character, 93 bits at 16),
 * drawn without modulo bias. The account must change it at its first sign-in.
 */
export function temporaryPassword(length: number): string {
  let out = ''
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      // 220 = 4 × 55: bytes above it would favour the first letters.
      if (byte < 220 && out.length < length) out += ALPHABET.charAt(byte % ALPHABET.length)
    }
  }
  return out
}
