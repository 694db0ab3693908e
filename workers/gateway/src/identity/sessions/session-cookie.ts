import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { isWellFormedToken } from './session-token'

/**
 * `__Host-` makes the browser refuse the cookie unless it is Secure, for the whole site and
 * without a Domain: no subdomain can set or read it. Chromium treats http://127.0.0.1 and
 * http://localhost as secure, so the same cookie works in local development (checked with
 * Chromium 156: stored and sent back on both). No Max-Age: the server decides when it ends.
 */
export const SESSION_COOKIE = '__Host-sid'

const attributes = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const

export function setSessionCookie(c: Context, token: string) {
  setCookie(c, SESSION_COOKIE, token, attributes)
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, attributes)
}

/** The token the browser sent, if it looks like one of ours. */
export function readSessionToken(c: Context): string | null {
  const token = getCookie(c, SESSION_COOKIE)
  return token && isWellFormedToken(token) ? token : null
}
