/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA-1, 6 digits, 30-second
 * steps, as every authenticator app expects. One step either side is accepted for clock drift.
 */
export const TOTP_DIGITS = 6
export const TOTP_STEP_SECONDS = 30
const DRIFT_STEPS = 1

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return out
}

export function base32Decode(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '')
  let bits = 0
  let value = 0
  const out: number[] = []
  for (const char of clean) {
    const index = ALPHABET.indexOf(char)
    if (index < 0) throw new Error('not base32')
    value = (value << 5) | index
    bits += 5
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255)
      bits -= 8
    }
  }
  return new Uint8Array(out)
}

/** A new 160-bit secret, base32 as authenticator apps take it. */
export const newTotpSecret = () => base32Encode(crypto.getRandomValues(new Uint8Array(20)))

export async function hotp(secret: Uint8Array<ArrayBuffer>, counter: number, digits = TOTP_DIGITS): Promise<string> {
  const message = new Uint8Array(8)
  new DataView(message.buffer).setBigUint64(0, BigInt(counter))
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message))
  const offset = (mac[mac.length - 1] as number) & 0x0f
  const code =
    (((mac[offset] as number) & 0x7f) << 24) |
    ((mac[offset + 1] as number) << 16) |
    ((mac[offset + 2] as number) << 8) |
    (mac[offset + 3] as number)
  return String(code % 10 ** digits).padStart(digits, '0')
}

export const totpCounter = (unixSeconds: number) => Math.floor(unixSeconds / TOTP_STEP_SECONDS)

export function totp(secretBase32: string, unixSeconds = Date.now() / 1000): Promise<string> {
  return hotp(base32Decode(secretBase32), totpCounter(unixSeconds))
}

/**
 * The step a code matches (for replay protection: store it and refuse the same step again),
 * or null when it matches none within the drift window.
 */
export async function matchTotp(secretBase32: string, code: string, unixSeconds = Date.now() / 1000) {
  if (!/^\d{6}$/.test(code)) return null
  const secret = base32Decode(secretBase32)
  const current = totpCounter(unixSeconds)
  for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
    if ((await hotp(secret, step)) === code) return step
  }
  return null
}

/** The enrolment link an authenticator app reads (from a QR code or typed in). */
export function totpUri(secretBase32: string, account: string, issuer: string) {
  const label = encodeURIComponent(`${issuer}:${account}`)
  const params = new URLSearchParams({
    secret: secretBase32,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_STEP_SECONDS),
  })
  return `otpauth://totp/${label}?${params}`
}
