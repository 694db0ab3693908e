import { describe, expect, it } from 'vitest'
import { type Actor, AssertionError, signAssertion, verifyAssertion } from '../src'
import { textToBase64url } from '../src/base64url'

const secret = 'test-secret-for-assertions'
const actor: Actor = {
  userId: '01JD0000000000000000000001',
  username: 'demo.station_head',
  roles: ['station_head'],
  scope: { level: 'station', stationId: '01JD0000000000000000000002' },
}
const now = 1_800_000_000

const reason = async (promise: Promise<unknown>) => {
  try {
    await promise
    return 'accepted'
  } catch (err) {
    return err instanceof AssertionError ? err.reason : 'other error'
  }
}

describe('actor assertion', () => {
  it('carries the actor from the gateway to a domain worker', async () => {
    const token = await signAssertion(actor, secret, { now })
    expect(await verifyAssertion(token, secret, now + 10)).toEqual(actor)
  })

  it('expires after its short lifetime', async () => {
    const token = await signAssertion(actor, secret, { now })
    expect(await reason(verifyAssertion(token, secret, now + 120))).toBe('expired')
  })

  it('refuses a token signed with another secret', async () => {
    const token = await signAssertion(actor, 'another-secret', { now })
    expect(await reason(verifyAssertion(token, secret, now))).toBe('signature')
  })

  it('refuses changed claims (a widened scope)', async () => {
    const [header, , signature] = (await signAssertion(actor, secret, { now })).split('.')
    const widened = textToBase64url(
      JSON.stringify({
        sub: actor.userId,
        usr: actor.username,
        roles: ['branch_admin'],
        scope: { level: 'branch' },
        aud: 'platform-domain-workers',
        iat: now,
        exp: now + 60,
      }),
    )
    expect(await reason(verifyAssertion(`${header}.${widened}.${signature}`, secret, now))).toBe('signature')
  })

  it('refuses alg:none and any algorithm but HS256', async () => {
    const [, claims] = (await signAssertion(actor, secret, { now })).split('.')
    for (const alg of ['none', 'HS512', 'RS256']) {
      const header = textToBase64url(JSON.stringify({ alg, typ: 'JWT' }))
      expect(await reason(verifyAssertion(`${header}.${claims}.`, secret, now))).toBe('algorithm')
    }
  })

  it('refuses garbage', async () => {
    for (const token of ['', 'a.b', 'a.b.c', '...', 'x'.repeat(300)]) {
      expect(['malformed', 'algorithm']).toContain(await reason(verifyAssertion(token, secret, now)))
    }
  })

  it('refuses a lifetime longer than the gateway ever signs', async () => {
    const header = textToBase64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
    const claims = textToBase64url(
      JSON.stringify({
        sub: 'x',
        usr: 'x',
        roles: ['auditor'],
        scope: { level: 'branch' },
        aud: 'platform-domain-workers',
        iat: now,
        exp: now + 86_400,
      }),
    )
    const key = await crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    )
    const sig = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${header}.${claims}`)))
    const signature = btoa(String.fromCharCode(...sig))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '')
    expect(await reason(verifyAssertion(`${header}.${claims}.${signature}`, secret, now))).toBe('claims')
  })
})
