import { sha256Hex } from '@platform/server-kit/audit'

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

/** 256 random bits, base64url: 43 characters. */
export const newSessionToken = () => base64url(crypto.getRandomValues(new Uint8Array(32)))

/** Anything else in the cookie is garbage and never reaches the database. */
export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token)

/** Only this is stored: a copy of the session table does not let anyone in. */
export const hashSessionToken = (token: string) => sha256Hex(token)
