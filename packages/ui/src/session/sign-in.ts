import { RequestError } from '../api/request-error'

/** The gateway's identity pages (server-rendered, outside every app's router). */
export const SIGN_IN_PATH = '/auth/login'
export const SIGN_OUT_PATH = '/auth/logout'
export const CHANGE_PASSWORD_PATH = '/auth/password'

/**
 * Where to come back to after signing in: the page's path and query as the browser shows them
 * (with the app's /desk or /board prefix). Leading slashes collapse to one, so `//host/x` can never
 * become a protocol-relative address that leaves the platform.
 */
export function returnPath(location: { pathname: string; search: string }): string {
  return `/${location.pathname.replace(/^\/+/, '')}${location.search}`
}

/** The sign-in page that sends the user back to `next` afterwards. */
export function signInUrl(next: string): string {
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`
}

/** Only a 401 means the session is gone; a 403 is a signed-in user whose role may not do this. */
export function needsSignIn(error: unknown): boolean {
  return error instanceof RequestError && error.status === 401
}
