/** 256 random bits, base64url: 43 characters. Only the SHA-256 of it is stored. */
export function newStatusSecret(): string {
  let binary = ''
  for (const byte of crypto.getRandomValues(new Uint8Array(32))) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export const STATUS_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/

export async function hashStatusSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(secret))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
