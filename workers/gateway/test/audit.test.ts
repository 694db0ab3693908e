import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import {
  createTestAccount,
  jsonPost,
  PASSWORD,
  postLogin,
  STATION,
  sessionCookie,
  sessionFrom,
  type TestAccount,
  testId,
  uniqueName,
} from './identity'

let auditorCookie: string
let admin: TestAccount
beforeAll(async () => {
  auditorCookie = await sessionCookie((await createTestAccount({ roles: ['auditor'], scope: { level: 'branch' } })).id)
  admin = await createTestAccount({ roles: ['branch_admin'], scope: { level: 'branch' }, enrolled: true })
})
beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

const verify = (cookie: string) => fetchGateway('/api/identity/audit/verify', { headers: { Cookie: cookie } })

describe('GET /api/identity/audit/verify', () => {
  it('is for auditors only', async () => {
    expect((await verify('')).status).toBe(401)
    expect((await verify(await sessionCookie(admin.id))).status).toBe(403)
  })

  it('verifies the chain after sign-ins, sign-outs, password changes and account changes', async () => {
    const adminCookie = await sessionCookie(admin.id)
    const officer = await createTestAccount()
    const cookie = sessionFrom(await postLogin(officer.username)) ?? ''
    await fetchGateway(
      '/auth/password',
      jsonPost({ currentPassword: PASSWORD, newPassword: 'another long passphrase' }, { Cookie: cookie }),
    )
    await fetchGateway('/auth/logout', { method: 'POST', headers: { Cookie: cookie, Accept: 'application/json' } })
    const created = await fetchGateway(
      '/api/identity/accounts',
      jsonPost(
        {
          username: uniqueName('audited'),
          displayName: { zh: '甲', en: 'A' },
          roles: ['officer'],
          scope: { level: 'own', stationId: STATION },
          officerId: testId('off1'),
        },
        { Cookie: adminCookie },
      ),
    )
    const { account } = await created.json<{ account: { id: string } }>()
    await fetchGateway(`/api/identity/accounts/${account.id}/disable`, jsonPost({}, { Cookie: adminCookie }))

    const response = await verify(auditorCookie)
    expect(response.status).toBe(200)
    const report = await response.json<{ ok: boolean; rows: number; firstBroken: unknown }>()
    expect(report).toEqual({ ok: true, rows: expect.any(Number), firstBroken: null })
    expect(report.rows).toBeGreaterThanOrEqual(5)
  })

  it('refuses to change a row (append-only) and names a tampered row', async () => {
    await expect(env.IDENTITY_DB.prepare("UPDATE audit_log SET action = 'x' WHERE seq = 2").run()).rejects.toThrow(
      /append-only/,
    )
    // An attacker with write access to the database drops the guard first; the chain still shows it.
    await env.IDENTITY_DB.prepare('DROP TRIGGER audit_log_no_update').run()
    await env.IDENTITY_DB.prepare("UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = 2").run()
    const report = await (await verify(auditorCookie)).json()
    expect(report).toEqual({ ok: false, rows: 2, firstBroken: { seq: 2, reason: 'hash_mismatch' } })
  })
})
