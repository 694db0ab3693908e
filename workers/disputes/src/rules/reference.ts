import { LOCAL_UTC_OFFSET_HOURS } from '../config'

// Crockford base32 without I, L, O, U: read aloud or typed from paper without confusion.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_LENGTH = 6

export const REFERENCE_PATTERN = /^QH-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/

/**
 * The short reference a citizen quotes to staff: `QH-<year>-<6 characters>` (about a billion
 * codes a year). Random rather than a running number, so it says nothing about how many
 * disputes the station takes, and it opens nothing by itself: the status link holds the secret.
 */
export function newReference(now: Date, random: Uint8Array = crypto.getRandomValues(new Uint8Array(CODE_LENGTH))) {
  const year = new Date(now.getTime() + LOCAL_UTC_OFFSET_HOURS * 3_600_000).getUTCFullYear()
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET.charAt((random[i] ?? 0) % 32)
  return `QH-${year}-${code}`
}
