import { base64urlToBytes, bytesToBase64url, utf8 } from './base64url'

/**
 * Encryption at rest for secrets and personal data (TOTP secrets, citizens' contact details):
 * AES-256-GCM with a random 96-bit nonce, the key from a secret binding (32 bytes, base64url).
 * Stored as `v1.<nonce>.<ciphertext>`; the version lets the key rotate later.
 */
const keys = new Map<string, Promise<CryptoKey>>()
function aesKey(keyText: string) {
  let key = keys.get(keyText)
  if (!key) {
    const raw = base64urlToBytes(keyText)
    if (raw.length !== 32) throw new Error('the data key must be 32 bytes (base64url)')
    key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt'])
    keys.set(keyText, key)
  }
  return key
}

export const newDataKey = () => bytesToBase64url(crypto.getRandomValues(new Uint8Array(32)))

export async function seal(plaintext: string, keyText: string): Promise<string> {
  const nonce = crypto.getRandomValues(new Uint8Array(12))
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, await aesKey(keyText), utf8(plaintext))
  return `v1.${bytesToBase64url(nonce)}.${bytesToBase64url(new Uint8Array(ciphertext))}`
}

export async function unseal(sealed: string, keyText: string): Promise<string> {
  const [version, nonce, ciphertext] = sealed.split('.')
  if (version !== 'v1' || !nonce || !ciphertext) throw new Error('not a sealed value')
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: base64urlToBytes(nonce) },
    await aesKey(keyText),
    base64urlToBytes(ciphertext),
  )
  return new TextDecoder().decode(plain)
}
