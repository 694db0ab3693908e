import { ACTOR_HEADER, type Role } from '@platform/auth'
import { ErrorBody } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { actorFor, assertionFor, type Place } from './actors'
import type { Fetch } from './route-access'

const encoder = new TextEncoder()
const base64url = (text: string) => {
  let binary = ''
  for (const byte of encoder.encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
const fromBase64url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
}

export type AssertionRefusalOptions = {
  /** The worker under test (`exports.default.fetch`). */
  fetch: Fetch
  /** A protected route, e.g. `http://officers/api/officers/roster`. */
  url: string
  /** A role the route lets in, at `place`: the valid control case must pass. */
  role: Role
  place?: Place
}

/**
 * A domain worker trusts nothing but a valid, unexpired assertion signed with its ACTOR_SECRET.
 * Every other header value answers 401 in the error shape, saying no more than "sign in".
 */
export function describeAssertionRefusals(options: AssertionRefusalOptions) {
  const valid = () => assertionFor(actorFor(options.role, options.place))
  const now = () => Math.floor(Date.now() / 1000)
  const send = (token?: string) =>
    options.fetch(new Request(options.url, { headers: token === undefined ? {} : { [ACTOR_HEADER]: token } }))

  const refusals: { why: string; token: () => Promise<string | undefined> }[] = [
    { why: 'no assertion at all', token: async () => undefined },
    { why: 'an empty header', token: async () => '' },
    {
      why: 'a forged assertion (claims rewritten to another user with more roles, signature kept)',
      token: async () => {
        const [header, claims, signature] = (await valid()).split('.') as [string, string, string]
        const original = JSON.parse(fromBase64url(claims))
        const forged = {
          ...original,
          sub: 'forged-user',
          roles: [...original.roles, 'auditor'],
          scope: { level: 'branch' },
        }
        return `${header}.${base64url(JSON.stringify(forged))}.${signature}`
      },
    },
    {
      why: 'a signature changed in one character',
      token: async () => {
        const [header, claims, signature] = (await valid()).split('.') as [string, string, string]
        const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1)
        return `${header}.${claims}.${flipped}`
      },
    },
    {
      why: 'an expired assertion',
      token: () => assertionFor(actorFor(options.role, options.place), { now: now() - 600 }),
    },
    {
      why: 'an assertion issued in the future',
      token: () => assertionFor(actorFor(options.role, options.place), { now: now() + 600 }),
    },
    {
      why: 'an assertion signed with another secret',
      token: () => assertionFor(actorFor(options.role, options.place), { secret: 'some-other-secret-of-equal-length' }),
    },
    {
      why: 'an unsigned assertion with alg: none',
      token: async () => {
        const [, claims] = (await valid()).split('.') as [string, string]
        return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${claims}.`
      },
    },
    {
      why: 'alg: none with the original signature kept',
      token: async () => {
        const [, claims, signature] = (await valid()).split('.') as [string, string, string]
        return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${claims}.${signature}`
      },
    },
    { why: 'a malformed header (not a token)', token: async () => 'not-a-token' },
    { why: 'a malformed header (two parts)', token: async () => 'abc.def' },
    { why: 'a malformed header (characters outside base64url)', token: async () => '!!!.***.$$$' },
    { why: 'a malformed header (a bearer prefix)', token: async () => `Bearer ${await valid()}` },
  ]

  describe(`the actor assertion on ${new URL(options.url).pathname}`, () => {
    it(`lets a valid assertion for ${options.role} through`, async () => {
      const response = await send(await valid())
      expect(response.status).toBe(200)
    })

    it.each(refusals)('answers 401 UNAUTHENTICATED to $why', async ({ token }) => {
      const response = await send(await token())
      expect(response.status).toBe(401)
      expect(ErrorBody.parse(await response.json())).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Sign-in required' },
      })
    })
  })
}
