import { base64urlToBytes, bytesToBase64url, utf8 } from './base64url'

/**
 * Encryption at rest for secrets and personal data (TOTP secrets, citizens' contact details):
 * AES-256-GCM with a random 96-bit nonce, the key from a secret binding (32 bytes, base64url).
 * Stored as `v1.<nonce>.<ciphertext>`; the version lets the key rotate later.
 *
 * `associatedData` (optional) binds a sealed value to its place, e.g. the id of the row that
 * holds it: it is authenticated, not stored, so a value copied into another row does not unseal
 * there. Values sealed without it unseal without it, as before.
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

const gcm = (iv: Uint8Array<ArrayBuffer>, associatedData?: string) =>
  associatedData === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: utf8(associatedData) }

export async function seal(plaintext: string, keyText: string, associatedData?: string): Promise<string> {
  const nonce = crypto.getRandomValues(new Uint8Array(12))
  const ciphertext = await crypto.subtle.encrypt(gcm(nonce, associatedData), await aesKey(keyText), utf8(plaintext))
  return `v1.${bytesToBase64url(nonce)}.${bytesToBase64url(new Uint8Array(ciphertext))}`
}

export async function unseal(sealed: string, keyText: string, associatedData?: string): Promise<string> {
  const [version, nonce, ciphertext] = sealed.split('.')
  if (version !== 'v1' || !nonce || !ciphertext) throw new Error('not a sealed value')
  const plain = await crypto.subtle.decrypt(
    gcm(base64urlToBytes(nonce), associatedData),
    await aesKey(keyText),
    base64urlToBytes(ciphertext),
  )
  return new TextDecoder().decode(plain)
}

/**
 * Bytes sealed the same way (files such as a dispute's attachments): one version byte (1), the
 * 12-byte nonce, then the ciphertext with its tag; no base64, so a 5 MB file stays about 5 MB.
 */
export async function sealBytes(plain: Uint8Array, keyText: string, associatedData?: string) {
  const nonce = crypto.getRandomValues(new Uint8Array(12))
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(gcm(nonce, associatedData), await aesKey(keyText), new Uint8Array(plain)),
  )
  const sealed = new Uint8Array(1 + nonce.length + ciphertext.length)
  sealed[0] = 1
  sealed.set(nonce, 1)
  sealed.set(ciphertext, 1 + nonce.length)
  return sealed
}

export async function unsealBytes(sealed: Uint8Array, keyText: string, associatedData?: string) {
  if (sealed[0] !== 1 || sealed.length < 1 + 12 + 16) throw new Error('not sealed bytes')
  const plain = await crypto.subtle.decrypt(
    gcm(sealed.slice(1, 13), associatedData),
    await aesKey(keyText),
    sealed.slice(13),
  )
  return new Uint8Array(plain)
}
