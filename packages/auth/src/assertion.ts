import type { Actor } from './actor'
import { base64urlToBytes, base64urlToText, bytesToBase64url, textToBase64url, utf8 } from './base64url'
import { isRole } from './roles'
import { SCOPE_LEVELS, type Scope } from './scope'

/**
 * The actor assertion: after checking the session, the gateway signs who is asking and sends it
 * with each domain-worker call. Domain workers trust nothing else. It is a compact JWT (HS256)
 * so standard tools can read it, but only HS256 is accepted: `alg: none` and every other
 * algorithm are refused, whatever the token says.
 */
export const ACTOR_HEADER = 'X-Actor-Assertion'

/** Short-lived: one request's worth, with room for clock skew between isolates. */
export const ASSERTION_TTL_SECONDS = 60
const CLOCK_SKEW_SECONDS = 5
const AUDIENCE = 'platform-domain-workers'

export class AssertionError extends Error {
  constructor(readonly reason: 'malformed' | 'algorithm' | 'signature' | 'expired' | 'claims') {
    super(`actor assertion refused: ${reason}`)
    this.name = 'AssertionError'
  }
}

type Claims = {
  sub: string
  usr: string
  roles: string[]
  scope: Scope
  aud: string
  iat: number
  exp: number
  rid?: string
}

const keyCache = new Map<string, Promise<CryptoKey>>()
function hmacKey(secret: string) {
  let key = keyCache.get(secret)
  if (!key) {
    key = crypto.subtle.importKey('raw', utf8(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify'])
    keyCache.set(secret, key)
  }
  return key
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

export async function signAssertion(
  actor: Actor,
  secret: string,
  options: { now?: number; requestId?: string } = {},
): Promise<string> {
  const iat = options.now ?? nowSeconds()
  const claims: Claims = {
    sub: actor.userId,
    usr: actor.username,
    roles: actor.roles,
    scope: actor.scope,
    aud: AUDIENCE,
    iat,
    exp: iat + ASSERTION_TTL_SECONDS,
    ...(options.requestId ? { rid: options.requestId } : {}),
  }
  const signingInput = `${textToBase64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${textToBase64url(JSON.stringify(claims))}`
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), utf8(signingInput))
  return `${signingInput}.${bytesToBase64url(new Uint8Array(signature))}`
}

function parseJson(part: string): unknown {
  try {
    return JSON.parse(base64urlToText(part))
  } catch {
    throw new AssertionError('malformed')
  }
}

function validScope(value: unknown): value is Scope {
  if (typeof value !== 'object' || value === null) return false
  const scope = value as Record<string, unknown>
  if (!(SCOPE_LEVELS as readonly unknown[]).includes(scope.level)) return false
  return ['stationId', 'teamId', 'officerId'].every((k) => scope[k] === undefined || typeof scope[k] === 'string')
}

/** The actor carried by a valid, unexpired assertion; throws AssertionError otherwise. */
export async function verifyAssertion(token: string, secret: string, now = nowSeconds()): Promise<Actor> {
  const parts = token.split('.')
  if (parts.length !== 3) throw new AssertionError('malformed')
  const [headerPart, claimsPart, signaturePart] = parts as [string, string, string]
  const header = parseJson(headerPart) as { alg?: unknown; typ?: unknown }
  if (header?.alg !== 'HS256') throw new AssertionError('algorithm')
  let signature: Uint8Array<ArrayBuffer>
  try {
    signature = base64urlToBytes(signaturePart)
  } catch {
    throw new AssertionError('malformed')
  }
  // subtle.verify compares in constant time.
  const ok = await crypto.subtle.verify('HMAC', await hmacKey(secret), signature, utf8(`${headerPart}.${claimsPart}`))
  if (!ok) throw new AssertionError('signature')
  const claims = parseJson(claimsPart) as Partial<Claims>
  if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') throw new AssertionError('claims')
  if (claims.exp < now - CLOCK_SKEW_SECONDS || claims.iat > now + CLOCK_SKEW_SECONDS)
    throw new AssertionError('expired')
  if (claims.exp - claims.iat > ASSERTION_TTL_SECONDS) throw new AssertionError('claims')
  if (claims.aud !== AUDIENCE || typeof claims.sub !== 'string' || typeof claims.usr !== 'string') {
    throw new AssertionError('claims')
  }
  if (!Array.isArray(claims.roles) || !claims.roles.every(isRole) || !validScope(claims.scope)) {
    throw new AssertionError('claims')
  }
  return { userId: claims.sub, username: claims.usr, roles: claims.roles, scope: claims.scope }
}
