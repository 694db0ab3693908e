import type { Role } from '@platform/auth'
import type { SessionStep } from './sessions/session-rules'

const BASE = 'https://gateway.invalid'

/** The sign-in pages are never a place to come back to; changing one's password is. */
const isSignInStep = (path: string) => (path === '/auth' || path.startsWith('/auth/')) && path !== '/auth/password'

/**
 * `?next=` after sign-in, kept only when it is a path on this site: it must start with one `/`
 * (not `//host`, not `/\host`, which browsers read as another host), carry no control
 * characters, and resolve to the same origin. Sign-in steps themselves are refused (no loops).
 * Anything else is dropped, never followed: no open redirect.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || next.length > 2000) return null
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(next)) return null
  let url: URL
  try {
    url = new URL(next, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE) return null
  if (isSignInStep(url.pathname)) return null
  return `${url.pathname}${url.search}${url.hash}`
}

const BOARD_ROLES: readonly Role[] = ['board_member', 'board_chair']

/** Where a signed-in person lands without a `next`: board members on the board, everyone else at the desk. */
export const homeFor = (roles: readonly Role[]) =>
  roles.some((role) => BOARD_ROLES.includes(role)) ? '/board/' : '/desk/'

export const SIGN_IN_PATHS = {
  login: '/auth/login',
  logout: '/auth/logout',
  me: '/auth/me',
  totp: '/auth/totp',
  enrol: '/auth/totp/enrol',
  password: '/auth/password',
} as const

const withNext = (path: string, next: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path)

export const loginPath = (next: string | null) => withNext(SIGN_IN_PATHS.login, next)

/** The page of the step a session still has to take, carrying `next` along; null once signed in. */
export function stepPath(step: SessionStep, next: string | null): string | null {
  switch (step) {
    case 'second_factor':
      return withNext(SIGN_IN_PATHS.totp, next)
    case 'enrol_second_factor':
      return withNext(SIGN_IN_PATHS.enrol, next)
    case 'change_password':
      return withNext(SIGN_IN_PATHS.password, next)
    case 'active':
      return null
  }
}
