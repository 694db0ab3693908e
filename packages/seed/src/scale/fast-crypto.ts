import { createCipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

// The disputes worker's sealing and contact digests (packages/auth secret-box, workers/disputes
// contact-index), computed with Node's synchronous crypto: the same bytes as WebCrypto, without
// an await per value, so 100,000 disputes seal in seconds. A seed test checks both against the
// worker's own functions (unseal, contactDigest).

/** `seal(plaintext, key, associatedData)`: AES-256-GCM, 96-bit nonce, `v1.<nonce>.<ciphertext+tag>`. */
export function sealSync(plaintext: string, keyText: string, associatedData: string): string {
  const nonce = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(keyText, 'base64url'), nonce)
  cipher.setAAD(Buffer.from(associatedData, 'utf8'))
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `v1.${nonce.toString('base64url')}.${body.toString('base64url')}`
}

const indexKeys = new Map<string, Buffer>()

/** `contactDigest(key, dataKey)`: HMAC-SHA-256 under an HKDF-derived key (label dispute-contact-index), hex. */
export function contactDigestSync(contactKey: string, dataKey: string): string {
  let key = indexKeys.get(dataKey)
  if (!key) {
    key = Buffer.from(
      hkdfSync('sha256', Buffer.from(dataKey, 'base64url'), Buffer.alloc(0), 'dispute-contact-index', 32),
    )
    indexKeys.set(dataKey, key)
  }
  return createHmac('sha256', key).update(contactKey, 'utf8').digest('hex')
}
