import { env } from 'cloudflare:workers'
import { eq } from 'drizzle-orm'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createDb, schema } from '../src/db'
import { fetchGateway } from './fetch-gateway'
import {
  createTestAccount,
  jsonPost,
  postLogin,
  STATION,
  sessionCookie,
  sessionFrom,
  type TestAccount,
  testId,
  uniqueName,
} from './identity'

let admin: TestAccount
let adminCookie: string
beforeAll(async () => {
  admin = await createTestAccount({ roles: ['branch_admin'], scope: { level: 'branch' }, enrolled: true })
  adminCookie = await sessionCookie(admin.id)
})
beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

const asAdmin = (path: string, init: RequestInit = {}) =>
  fetchGateway(path, { ...init, headers: { ...(init.headers as Record<string, string>), Cookie: adminCookie } })
const me = (cookie: string) => fetchGateway('/auth/me', { headers: { Cookie: cookie } })

const newAccount = (overrides: Record<string, unknown> = {}) => ({
  username: uniqueName('new.officer'),
  displayName: { zh: '新民警', en: 'New officer' },
  roles: ['officer'],
  scope: { level: 'own', stationId: STATION },
  officerId: testId('officer9'),
  ...overrides,
})

type Created = { account: { id: string; username: string; mustChangePassword: boolean }; temporaryPassword: string }

describe('who may administer accounts', () => {
  it('only a branch admin: 401 without a session, 403 for every other role', async () => {
    expect((await fetchGateway('/api/identity/accounts')).status).toBe(401)
    for (const role of [
      'officer',
      'team_leader',
      'station_head',
      'board_member',
      'board_chair',
      'mediator',
      'auditor',
    ] as const) {
      const other = await createTestAccount({ roles: [role] })
      const cookie = await sessionCookie(other.id)
      const list = await fetchGateway('/api/identity/accounts', { headers: { Cookie: cookie } })
      expect(list.status, role).toBe(403)
      expect(await list.json()).toMatchObject({ error: { code: 'FORBIDDEN' } })
      const create = await fetchGateway('/api/identity/accounts', jsonPost(newAccount(), { Cookie: cookie }))
      expect(create.status, role).toBe(403)
    }
  })

  it('not a branch admin whose sign-in still waits for the second factor', async () => {
    const pending = await sessionCookie(admin.id, 'second_factor')
    expect((await fetchGateway('/api/identity/accounts', { headers: { Cookie: pending } })).status).toBe(401)
  })
})

describe('GET /api/identity/accounts', () => {
  it('lists the accounts without password hashes or TOTP secrets', async () => {
    const response = await asAdmin('/api/identity/accounts')
    expect(response.status).toBe(200)
    const { accounts } = await response.json<{ accounts: Record<string, unknown>[] }>()
    const mine = accounts.find((account) => account.id === admin.id)
    expect(mine).toMatchObject({
      username: admin.username,
      roles: ['branch_admin'],
      secondFactor: 'enrolled',
      active: true,
    })
    const text = JSON.stringify(accounts)
    expect(text).not.toMatch(/pbkdf2|passwordHash|totpSecret|v1\./)
  })
})

describe('POST /api/identity/accounts', () => {
  it('creates an account with a one-time password it must replace at the first sign-in', async () => {
    const response = await asAdmin('/api/identity/accounts', jsonPost(newAccount()))
    expect(response.status).toBe(201)
    const created = await response.json<Created>()
    expect(created.account).toMatchObject({ mustChangePassword: true, active: true, secondFactor: 'not_required' })
    expect(created.temporaryPassword).toMatch(/^[A-Za-z2-9]{16}$/)

    const login = await postLogin(created.account.username, created.temporaryPassword)
    expect(await login.json()).toEqual({ status: 'password_change_required' })
    const cookie = sessionFrom(login) ?? ''
    const changed = await fetchGateway(
      '/auth/password',
      jsonPost(
        { currentPassword: created.temporaryPassword, newPassword: 'my own long passphrase' },
        { Cookie: cookie },
      ),
    )
    expect(changed.status).toBe(200)
    expect(await changed.json()).toMatchObject({ status: 'signed_in', user: { id: created.account.id } })
    expect((await me(cookie)).status).toBe(200)
  })

  it('answers a retry with the same Idempotency-Key with the first result, creating one account', async () => {
    const body = newAccount()
    const headers = { 'Idempotency-Key': 'create-1' }
    const first = await asAdmin('/api/identity/accounts', jsonPost(body, headers))
    const second = await asAdmin('/api/identity/accounts', jsonPost(body, headers))
    expect([first.status, second.status]).toEqual([201, 201])
    expect(await second.json()).toEqual(await first.json())
    const rows = await createDb(env).select().from(schema.account).where(eq(schema.account.username, body.username))
    expect(rows).toHaveLength(1)
    // The stored answer (it holds the one-time password) is sealed.
    const stored = await createDb(env).select().from(schema.idempotentRequest)
    expect(JSON.stringify(stored)).not.toContain(body.username)
  })

  it('refuses the same Idempotency-Key with another body (422)', async () => {
    const headers = { 'Idempotency-Key': 'create-2' }
    expect((await asAdmin('/api/identity/accounts', jsonPost(newAccount(), headers))).status).toBe(201)
    const reused = await asAdmin('/api/identity/accounts', jsonPost(newAccount(), headers))
    expect(reused.status).toBe(422)
    expect(await reused.json()).toMatchObject({ error: { code: 'IDEMPOTENCY_KEY_REUSED' } })
  })

  it('refuses a taken username with 409', async () => {
    const response = await asAdmin('/api/identity/accounts', jsonPost(newAccount({ username: admin.username })))
    expect(response.status).toBe(409)
    expect(await response.json()).toMatchObject({ error: { code: 'USERNAME_TAKEN' } })
  })

  it('refuses bad input with 400 naming the fields', async () => {
    const cases = [
      newAccount({ username: 'X' }),
      newAccount({ roles: ['sheriff'] }),
      newAccount({ roles: [] }),
      newAccount({ scope: { level: 'station' } }),
      newAccount({ scope: { level: 'own', stationId: STATION }, officerId: undefined }),
      newAccount({ displayName: { zh: '', en: 'x' } }),
    ]
    for (const body of cases) {
      const response = await asAdmin('/api/identity/accounts', jsonPost(body))
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(await response.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    }
  })

  it('answers other methods with 405', async () => {
    const response = await asAdmin('/api/identity/accounts', { method: 'DELETE' })
    expect(response.status).toBe(405)
    expect(response.headers.get('Allow')).toContain('POST')
  })
})

describe('disabling and enabling an account', () => {
  it('ends every session of the account at once and refuses its sign-in with the generic answer', async () => {
    const officer = await createTestAccount({ roles: ['officer'] })
    const cookie = sessionFrom(await postLogin(officer.username)) ?? ''
    expect((await me(cookie)).status).toBe(200)

    const disabled = await asAdmin(`/api/identity/accounts/${officer.id}/disable`, { method: 'POST' })
    expect(disabled.status).toBe(200)
    expect(await disabled.json()).toMatchObject({ account: { id: officer.id, active: false } })
    expect((await me(cookie)).status).toBe(401)
    const refused = await postLogin(officer.username)
    expect(refused.status).toBe(401)
    expect(await refused.json()).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } })

    const enabled = await asAdmin(`/api/identity/accounts/${officer.id}/enable`, { method: 'POST' })
    expect(await enabled.json()).toMatchObject({ account: { active: true } })
    expect((await postLogin(officer.username)).status).toBe(200)
    // The old session stays ended.
    expect((await me(cookie)).status).toBe(401)
  })

  it('does not let an admin disable the own account', async () => {
    const response = await asAdmin(`/api/identity/accounts/${admin.id}/disable`, { method: 'POST' })
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ error: { code: 'RULE_CANNOT_DISABLE_OWN_ACCOUNT' } })
  })

  it('answers 404 for an unknown account and 400 for a malformed id', async () => {
    expect((await asAdmin(`/api/identity/accounts/${testId('nobody')}/disable`, { method: 'POST' })).status).toBe(404)
    expect((await asAdmin('/api/identity/accounts/not-an-id/disable', { method: 'POST' })).status).toBe(400)
  })
})

describe('resetting a password', () => {
  it('gives a new one-time password, ends the sessions and keeps the authenticator', async () => {
    const chair = await createTestAccount({ roles: ['board_chair'], enrolled: true })
    const cookie = await sessionCookie(chair.id)
    const response = await asAdmin(`/api/identity/accounts/${chair.id}/reset-password`, { method: 'POST' })
    expect(response.status).toBe(200)
    const reset = await response.json<Created & { account: { secondFactor: string } }>()
    expect(reset.account).toMatchObject({ mustChangePassword: true, secondFactor: 'enrolled' })
    expect((await me(cookie)).status).toBe(401)
    expect(await (await postLogin(chair.username, reset.temporaryPassword)).json()).toEqual({
      status: 'second_factor_required',
    })
  })

  it('removes the authenticator when asked, so it must be enrolled again', async () => {
    const member = await createTestAccount({ roles: ['board_member'], enrolled: true })
    const response = await asAdmin(
      `/api/identity/accounts/${member.id}/reset-password`,
      jsonPost({ resetSecondFactor: true }),
    )
    const reset = await response.json<Created & { account: { secondFactor: string } }>()
    expect(reset.account.secondFactor).toBe('not_enrolled')
    expect(await (await postLogin(member.username, reset.temporaryPassword)).json()).toEqual({
      status: 'enrolment_required',
    })
  })
})

describe('the audit trail of account administration', () => {
  it('writes one row per change, with hashes and no values', async () => {
    const created = await (await asAdmin('/api/identity/accounts', jsonPost(newAccount()))).json<Created>()
    await asAdmin(`/api/identity/accounts/${created.account.id}/disable`, { method: 'POST' })
    await asAdmin(`/api/identity/accounts/${created.account.id}/reset-password`, { method: 'POST' })
    const rows = await createDb(env)
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.entityId, created.account.id))
    expect(rows.map((row) => [row.action, row.actorId])).toEqual([
      ['account.create', admin.id],
      ['account.disable', admin.id],
      ['account.reset_password', admin.id],
    ])
    expect(JSON.stringify(rows)).not.toContain(created.account.username)
    expect(JSON.stringify(rows)).not.toContain(created.temporaryPassword)
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.afterHash ?? ''))).toBe(true)
  })
})
