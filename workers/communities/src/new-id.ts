const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/**
 * A ULID (contracts' `Id`): 48 bits of milliseconds then 80 random bits, in Crockford base32.
 * Records made here sort by creation like the seeded ones.
 */
export function newId(now = Date.now()): string {
  let time = ''
  let rest = now
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD.charAt(rest % 32) + time
    rest = Math.floor(rest / 32)
  }
  const random = crypto.getRandomValues(new Uint8Array(16))
  let tail = ''
  for (const byte of random) tail += CROCKFORD.charAt(byte % 32)
  return time + tail
}
