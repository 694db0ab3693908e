/**
 * Paths whose next segment is a secret by design (the citizen's private status link): always
 * masked, whatever it looks like.
 */
const SECRET_AFTER = ['/api/disputes/status/'] as const

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/
/**
 * Route words (`stations`, `v1`, `health`) and short numbers: what a path is made of. Digits
 * inside a word are not kept, so a hex or base32 token never passes as one.
 */
const WORD = /^[a-z][a-z_-]{0,31}$|^[a-z]{1,8}[0-9]{1,2}$|^[0-9]{1,6}$/
/** Built files (`index-Bx7dK2a.js`): their hashed names are what a version-skew search needs. */
const BUILT_FILE = /^[\w.-]{1,80}\.(js|mjs|css|map|svg|png|jpg|webp|avif|ico|woff2?|json|webmanifest|txt|html)$/

export const MASK = ':masked'

const keep = (segment: string) => segment === '' || ULID.test(segment) || WORD.test(segment) || BUILT_FILE.test(segment)

/**
 * The path as the request log may record it. The gateway cannot know every route of every
 * worker, so it keeps only segments that cannot be personal data or a secret (route words,
 * opaque ids, built file names) and masks the rest: a name in Chinese, a phone number, a
 * tracking secret, a token of any kind. The query string never gets here (`c.req.path`).
 */
export function loggablePath(path: string): string {
  const secretPrefix = SECRET_AFTER.find((prefix) => path.startsWith(prefix))
  const segments = path.split('/').map((segment) => (keep(segment) ? segment : MASK))
  if (secretPrefix) {
    const index = secretPrefix.split('/').length - 1
    if (segments[index]) segments[index] = MASK
  }
  return segments.join('/')
}
