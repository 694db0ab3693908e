import { env } from 'cloudflare:workers'
import { totp, verifyAssertion } from '@platform/auth'
import { and, eq } from 'drizzle-orm'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDb, schema } from '../src/db'
import { fetchGateway } from './fetch-gateway'
import { fastThrottle, gatewayWith } from './gateway-with'
import { createTestAccount, forgetLastStep, formPost, jsonPost, postLogin, sessionFrom } from './identity'

const me = (cookie: string) => fetchGateway('/auth/me', { headers: { Cookie: cookie } })
const postCode = (path: string, cookie: string, code: string) =>
  fetchGateway(path, jsonPost({ code }, { Cookie: cookie }))
/** A six-digit code that is not the current one (nor a neighbour within the drift window). */
const wrongCode = async (secret: string) => {
  const near = new Set(await Promise.all([-1, 0, 1].map((step) => totp(secret, Date.now() / 1000 + step * 30))))
  for (let n = 0; ; n++) {
    const code = String(123456 + n).padStart(6, '0')
    if (!near.has(code)) return code
  }
}

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('second factor for board members and branch admins', () => {
  it('asks a board chair for a code after the password; that session is not signed in yet', async () => {
    const chair = await createTestAccount({ roles: ['board_chair'], enrolled: true })
    const response = await postLogin(chair.username)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'second_factor_required' })
    const cookie = sessionFrom(response) ?? ''

    const whoAmI = await me(cookie)
    expect(whoAmI.status).toBe(401)
    expect(await whoAmI.json()).toMatchObject({
      error: { code: 'SIGN_IN_INCOMPLETE', details: { status: 'second_factor_required' } },
    })
    // No assertion reaches a domain worker, and no staff app opens.
    const echo = await (await fetchGateway('/api/assessments/x', { headers: { Cookie: cookie } })).json()
    expect(echo).toMatchObject({ assertion: null })
    const board = await fetchGateway('/board/', { headers: { Cookie: cookie }, redirect: 'manual' })
    expect(board.status).toBe(303)
    expect(board.headers.get('Location')).toBe('/auth/totp?next=%2Fboard%2F')
  })

  it('signs in with the current code and a new session token; the pending token is spent', async () => {
    const chair = await createTestAccount({ roles: ['board_chair'], enrolled: true })
    const pending = sessionFrom(await postLogin(chair.username)) ?? ''
    const response = await postCode('/auth/totp', pending, await totp(chair.totpSecret ?? ''))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'signed_in', user: { id: chair.id, roles: ['board_chair'] } })
    const active = sessionFrom(response) ?? ''
    expect(active).not.toBe(pending)
    expect((await me(active)).status).toBe(200)
    expect((await me(pending)).status).toBe(401)
    const echo = await (await fetchGateway('/api/assessments/x', { headers: { Cookie: active } })).json<{
      assertion: string
    }>()
    expect((await verifyAssertion(echo.assertion, env.ACTOR_SECRET)).userId).toBe(chair.id)
  })

  it('refuses a wrong code', async () => {
    const member = await createTestAccount({ roles: ['board_member'], enrolled: true })
    const pending = sessionFrom(await postLogin(member.username)) ?? ''
    const response = await postCode('/auth/totp', pending, await wrongCode(member.totpSecret ?? ''))
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_CODE' } })
    expect((await me(pending)).status).toBe(401)
  })

  it('never accepts the same code twice', async () => {
    const member = await createTestAccount({ roles: ['board_member'], enrolled: true })
    const code = await totp(member.totpSecret ?? '')
    const first = sessionFrom(await postLogin(member.username)) ?? ''
    expect((await postCode('/auth/totp', first, code)).status).toBe(200)
    const second = sessionFrom(await postLogin(member.username)) ?? ''
    const replayed = await postCode('/auth/totp', second, code)
    expect(replayed.status).toBe(401)
    expect(await replayed.json()).toMatchObject({ error: { code: 'INVALID_CODE' } })
  })

  it('refuses a malformed code with 400', async () => {
    const member = await createTestAccount({ roles: ['board_member'], enrolled: true })
    const pending = sessionFrom(await postLogin(member.username)) ?? ''
    expect((await postCode('/auth/totp', pending, '12ab56')).status).toBe(400)
  })

  it('throttles wrong codes like wrong passwords', async () => {
    const member = await createTestAccount({ roles: ['board_member'], enrolled: true })
    const pending = sessionFrom(await postLogin(member.username)) ?? ''
    const code = await wrongCode(member.totpSecret ?? '')
    const call = gatewayWith(fastThrottle)
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 10; attempt++)
      statuses.push((await call('/auth/totp', jsonPost({ code }, { Cookie: pending }))).status)
    expect(statuses).toEqual([...Array(9).fill(401), 429])
  })

  it('works as a form: the page, then a 303 to next', async () => {
    const chair = await createTestAccount({ roles: ['board_chair'], enrolled: true })
    const login = await fetchGateway(
      '/auth/login',
      formPost({ username: chair.username, password: 'correct horse battery staple', next: '/board/cases' }),
    )
    expect(login.status).toBe(303)
    expect(login.headers.get('Location')).toBe('/auth/totp?next=%2Fboard%2Fcases')
    const cookie = sessionFrom(login) ?? ''
    const page = await (await fetchGateway('/auth/totp?next=%2Fboard%2Fcases', { headers: { Cookie: cookie } })).text()
    expect(page).toContain('autocomplete="one-time-code"')
    expect(page).toContain('name="next" value="/board/cases"')
    await forgetLastStep(chair.id)
    const response = await fetchGateway(
      '/auth/totp',
      formPost({ code: await totp(chair.totpSecret ?? ''), next: '/board/cases' }, { Cookie: cookie }),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/board/cases')
  })

  it('does not ask officers for a second factor', async () => {
    const officer = await createTestAccount({ roles: ['officer'] })
    expect(await (await postLogin(officer.username)).json()).toMatchObject({ status: 'signed_in' })
  })
})

describe('enrolling an authenticator', () => {
  it('sends a branch admin without one to enrolment, then signs in with the first code', async () => {
    const admin = await createTestAccount({ roles: ['branch_admin'], scope: { level: 'branch' } })
    const response = await postLogin(admin.username)
    expect(await response.json()).toEqual({ status: 'enrolment_required' })
    const pending = sessionFrom(response) ?? ''
    expect((await me(pending)).status).toBe(401)
    // A step it is not at is refused.
    expect((await postCode('/auth/totp', pending, '123456')).status).toBe(409)

    const enrolment = await fetchGateway('/auth/totp/enrol', {
      headers: { Cookie: pending, Accept: 'application/json' },
    })
    const { secret, uri } = await enrolment.json<{ secret: string; uri: string }>()
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(uri).toMatch(/^otpauth:\/\/totp\/.+\?secret=[A-Z2-7]{32}&issuer=/)
    // The same secret on a reload: the person may have scanned it already.
    const again = await fetchGateway('/auth/totp/enrol', { headers: { Cookie: pending, Accept: 'application/json' } })
    expect((await again.json<{ secret: string }>()).secret).toBe(secret)

    const confirmed = await postCode('/auth/totp/enrol', pending, await totp(secret))
    expect(confirmed.status).toBe(200)
    expect(await confirmed.json()).toMatchObject({ status: 'signed_in', user: { id: admin.id } })
    expect((await me(sessionFrom(confirmed) ?? '')).status).toBe(200)

    const db = createDb(env)
    const [row] = await db.select().from(schema.account).where(eq(schema.account.id, admin.id))
    expect(row?.totpEnrolledAt).not.toBeNull()
    expect(row?.totpSecretSealed).not.toContain(secret)
    const audit = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, admin.id), eq(schema.auditLog.action, 'account.enrol_second_factor')))
    expect(audit).toHaveLength(1)

    // From now on the account signs in with a code.
    expect(await (await postLogin(admin.username)).json()).toEqual({ status: 'second_factor_required' })
  })

  it('shows the secret in groups, the otpauth link and a QR code as inline SVG without style attributes', async () => {
    const admin = await createTestAccount({ roles: ['branch_admin'], scope: { level: 'branch' } })
    const pending = sessionFrom(await postLogin(admin.username)) ?? ''
    const response = await fetchGateway('/auth/totp/enrol', { headers: { Cookie: pending } })
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const page = await response.text()
    expect(page).toMatch(/<code class="secret">([A-Z2-7]{4} ){7}[A-Z2-7]{4}<\/code>/)
    expect(page).toContain('otpauth://totp/')
    expect(page).toMatch(/<svg[^>]+class="qr"[^>]+role="img"/)
    expect(page).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i)
  })

  it('refuses a wrong first code and keeps the account unenrolled', async () => {
    const admin = await createTestAccount({ roles: ['branch_admin'], scope: { level: 'branch' } })
    const pending = sessionFrom(await postLogin(admin.username)) ?? ''
    const { secret } = await (
      await fetchGateway('/auth/totp/enrol', { headers: { Cookie: pending, Accept: 'application/json' } })
    ).json<{ secret: string }>()
    expect((await postCode('/auth/totp/enrol', pending, await wrongCode(secret))).status).toBe(401)
    const [row] = await createDb(env).select().from(schema.account).where(eq(schema.account.id, admin.id))
    expect(row?.totpEnrolledAt).toBeNull()
  })
})
