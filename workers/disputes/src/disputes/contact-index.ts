import { base64urlToBytes } from './base64url'

const keys = new Map<string, Promise<CryptoKey>>()

/**
 * An HMAC key derived from the data key (HKDF, its own label), so the contact index can be
 * matched but not reversed: a phone number has too few possibilities for a plain hash.
 */
function indexKey(dataKey: string) {
  let key = keys.get(dataKey)
  if (!key) {
    key = crypto.subtle.importKey('raw', base64urlToBytes(dataKey), 'HKDF', false, ['deriveKey']).then((master) =>
      crypto.subtle.deriveKey(
        {
          name: 'HKDF',
          hash: 'SHA-256',
          salt: new Uint8Array(0),
          info: new TextEncoder().encode('dispute-contact-index'),
        },
        master,
        { name: 'HMAC', hash: 'SHA-256', length: 256 },
        false,
        ['sign'],
      ),
    )
    keys.set(dataKey, key)
  }
  return key
}

/** The stored form of a contact key (see rules/duplicates.ts): HMAC-SHA-256, hex. */
export async function contactDigest(contactKey: string, dataKey: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await indexKey(dataKey), new TextEncoder().encode(contactKey))
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
