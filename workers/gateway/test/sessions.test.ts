import { env } from 'cloudflare:workers'
import { eq } from 'drizzle-orm'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDb, schema } from '../src/db'
import { hashSessionToken } from '../src/identity/sessions/session-token'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, postLogin, sessionCookie, sessionFrom, type TestAccount } from './identity'

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
const me = (cookie: string) => fetchGateway('/auth/me', { headers: { Cookie: cookie } })

async function storedSession(cookie: string) {
  const tokenHash = await hashSessionToken(cookie.split('=')[1] ?? '')
  const [row] = await createDb(env).select().from(schema.session).where(eq(schema.session.tokenHash, tokenHash))
  return row
}

let officer: TestAccount
beforeAll(async () => {
  officer = await createTestAccount({ roles: ['officer', 'team_leader'] })
})
beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('GET /auth/me', () => {
  it('tells who is signed in', async () => {
    const cookie = await sessionCookie(officer.id)
    const response = await me(cookie)
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    expect(await response.json()).toEqual({
      user: {
        id: officer.id,
        username: officer.username,
        displayName: { zh: '测试账号', en: 'Test account' },
        roles: ['officer', 'team_leader'],
        scope: { level: 'station', stationId: expect.any(String) },
      },
    })
  })

  it('answers 401 in the error shape without a session', async () => {
    const response = await fetchGateway('/auth/me')
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
  })

  it('answers 401 to forged, garbage and foreign cookies', async () => {
    const cookies = [
      `__Host-sid=${'A'.repeat(43)}`,
      '__Host-sid=garbage',
      '__Host-sid=',
      `__Host-sid=${'x'.repeat(5000)}`,
      'sid=whatever; __Host-sid=%00%01',
      `__Host-sid=${(await sessionCookie(officer.id)).split('=')[1]?.slice(0, 42)}B`,
    ]
    for (const cookie of cookies) expect((await me(cookie)).status, cookie.slice(0, 40)).toBe(401)
  })
})

describe('session lifetime', () => {
  it('ends a session unused for 30 minutes', async () => {
    expect((await me(await sessionCookie(officer.id, 'active', { lastSeenAt: minutesAgo(29) }))).status).toBe(200)
    expect((await me(await sessionCookie(officer.id, 'active', { lastSeenAt: minutesAgo(31) }))).status).toBe(401)
  })

  it('ends every session 12 hours after sign-in, however busy', async () => {
    const cookie = await sessionCookie(officer.id, 'active', {
      createdAt: minutesAgo(12 * 60 + 1),
      lastSeenAt: minutesAgo(1),
      expiresAt: minutesAgo(1),
    })
    expect((await me(cookie)).status).toBe(401)
  })

  it('sets the absolute end 12 hours after sign-in', async () => {
    const cookie = sessionFrom(await postLogin(officer.username)) ?? ''
    const row = await storedSession(cookie)
    const length = Date.parse(row?.expiresAt ?? '') - Date.parse(row?.createdAt ?? '')
    expect(length).toBe(12 * 3600_000)
  })

  it('keeps a used session alive, writing last_seen_at at most once a minute', async () => {
    const stale = await sessionCookie(officer.id, 'active', { lastSeenAt: minutesAgo(20) })
    await me(stale)
    expect(Date.parse((await storedSession(stale))?.lastSeenAt ?? '')).toBeGreaterThan(Date.now() - 60_000)

    const fresh = await sessionCookie(officer.id, 'active', { lastSeenAt: new Date(Date.now() - 30_000).toISOString() })
    const before = (await storedSession(fresh))?.lastSeenAt
    await me(fresh)
    expect((await storedSession(fresh))?.lastSeenAt).toBe(before)
  })

  it('drops a sign-in left at its second step for more than 10 minutes', async () => {
    const board = await createTestAccount({ roles: ['board_member'], enrolled: true })
    const cookie = await sessionCookie(board.id, 'second_factor', {
      createdAt: minutesAgo(11),
      lastSeenAt: minutesAgo(1),
    })
    const response = await fetchGateway('/auth/totp', { headers: { Cookie: cookie }, redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/auth/login')
  })

  it('stores only the SHA-256 of the token', async () => {
    const cookie = sessionFrom(await postLogin(officer.username)) ?? ''
    const token = cookie.split('=')[1] ?? ''
    const rows = await createDb(env).select().from(schema.session)
    expect(rows.some((row) => row.tokenHash === token)).toBe(false)
    expect(await storedSession(cookie)).toBeDefined()
  })
})

describe('POST /auth/logout', () => {
  it('ends the session at once: the same cookie is refused afterwards (JSON: 204)', async () => {
    const cookie = sessionFrom(await postLogin(officer.username)) ?? ''
    expect((await me(cookie)).status).toBe(200)
    const response = await fetchGateway('/auth/logout', {
      method: 'POST',
      headers: { Cookie: cookie, Accept: 'application/json' },
    })
    expect(response.status).toBe(204)
    expect(response.headers.getSetCookie().join()).toMatch(/__Host-sid=;.*Max-Age=0/)
    expect((await me(cookie)).status).toBe(401)
  })

  it('sends a form post back to the login page', async () => {
    const cookie = await sessionCookie(officer.id)
    const response = await fetchGateway('/auth/logout', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/auth/login')
    expect((await me(cookie)).status).toBe(401)
  })

  it('answers the same without a session', async () => {
    const response = await fetchGateway('/auth/logout', { method: 'POST', headers: { Accept: 'application/json' } })
    expect(response.status).toBe(204)
  })

  it('writes the sign-out to the audit log', async () => {
    const cookie = await sessionCookie(officer.id)
    await fetchGateway('/auth/logout', { method: 'POST', headers: { Cookie: cookie, Accept: 'application/json' } })
    const rows = await createDb(env).select().from(schema.auditLog).where(eq(schema.auditLog.entityId, officer.id))
    expect(rows.map((row) => row.action)).toContain('session.sign_out')
  })
})
