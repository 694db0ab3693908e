import { afterEach, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, formPost, jsonPost, PASSWORD, postLogin, sessionFrom, type TestAccount } from './identity'

let officer: TestAccount
let disabled: TestAccount
let mustChange: TestAccount
beforeAll(async () => {
  officer = await createTestAccount({ roles: ['officer'] })
  disabled = await createTestAccount({ roles: ['officer'], active: false })
  mustChange = await createTestAccount({ roles: ['team_leader'], mustChangePassword: true })
})

describe('signing in with a password (JSON)', () => {
  it('signs an officer in and sets the session cookie HttpOnly, Secure, SameSite=Lax, Path=/, host-only', async () => {
    const response = await postLogin(officer.username)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      status: 'signed_in',
      user: { id: officer.id, username: officer.username, roles: ['officer'], scope: { level: 'station' } },
    })
    const [cookie] = response.headers.getSetCookie()
    expect(cookie).toMatch(/^__Host-sid=[A-Za-z0-9_-]{43};/)
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']) expect(cookie).toContain(flag)
    expect(cookie).not.toMatch(/Domain=/i)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
  })

  it('forgives case and spaces around the username', async () => {
    const response = await postLogin(`  ${officer.username.toUpperCase()} `)
    expect(response.status).toBe(200)
  })

  it('gives a new session token at every sign-in', async () => {
    const first = sessionFrom(await postLogin(officer.username))
    const second = sessionFrom(await postLogin(officer.username, PASSWORD, { Cookie: first ?? '' }))
    expect(first).not.toBeNull()
    expect(second).not.toBe(first)
    // The session the browser came with ends with the new sign-in.
    expect((await fetchGateway('/auth/me', { headers: { Cookie: first ?? '' } })).status).toBe(401)
    expect((await fetchGateway('/auth/me', { headers: { Cookie: second ?? '' } })).status).toBe(200)
  })

  it('answers an unknown user and a wrong password identically', async () => {
    const wrong = await postLogin(officer.username, 'not the password at all')
    const unknown = await postLogin('nobody.here', 'not the password at all')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    const [wrongBody, unknownBody] = [await wrong.text(), await unknown.text()]
    expect(unknownBody).toBe(wrongBody)
    expect(JSON.parse(wrongBody)).toEqual({
      error: { code: 'INVALID_CREDENTIALS', message: expect.any(String) },
    })
    expect(sessionFrom(wrong)).toBeNull()
    expect(sessionFrom(unknown)).toBeNull()
  })

  it('checks an unknown user’s password against a dummy hash, so it takes as long as a wrong one', async () => {
    const time = async (username: string) => {
      const started = performance.now()
      await postLogin(username, 'not the password at all')
      return performance.now() - started
    }
    const wrong = await time(officer.username)
    const unknown = await time('nobody.at.all')
    // PBKDF2 at 100,000 iterations dominates both; skipping it would make the unknown one far faster.
    expect(unknown).toBeGreaterThan(wrong * 0.5)
  })

  it('refuses a disabled account with the same answer as a wrong password, even with the right one', async () => {
    const refused = await postLogin(disabled.username)
    const wrong = await postLogin(officer.username, 'not the password at all')
    expect(refused.status).toBe(401)
    expect(await refused.text()).toBe(await wrong.text())
  })

  it('sends an account with an admin-set password to the password change first', async () => {
    const response = await postLogin(mustChange.username)
    expect(await response.json()).toEqual({ status: 'password_change_required' })
    const cookie = sessionFrom(response) ?? ''
    const me = await fetchGateway('/auth/me', { headers: { Cookie: cookie } })
    expect(me.status).toBe(401)
    expect(await me.json()).toMatchObject({ error: { details: { status: 'password_change_required' } } })
  })

  it('refuses a malformed body with 400 in the error shape', async () => {
    const missing = await fetchGateway('/auth/login', jsonPost({ username: officer.username }))
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    const broken = await fetchGateway('/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"username":',
    })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ error: { code: 'INVALID_JSON' } })
  })

  it('answers other methods with 405', async () => {
    for (const [path, method] of [
      ['/auth/login', 'PUT'],
      ['/auth/logout', 'GET'],
      ['/auth/me', 'POST'],
    ] as const) {
      const response = await fetchGateway(path, { method })
      expect(response.status, `${method} ${path}`).toBe(405)
      expect(await response.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } })
    }
  })
})

describe('the sign-in page', () => {
  it('is a plain form in zh-CN that works without JavaScript', async () => {
    const response = await fetchGateway('/auth/login')
    expect(response.status).toBe(200)
    expect(response.headers.get('Cache-Control')).toBe('no-store')
    const page = await response.text()
    expect(page).toContain('<html lang="zh-CN">')
    expect(page).toContain('工作人员登录')
    expect(page).toMatch(/<form method="post" action="\/auth\/login"/)
    expect(page).toContain('autocomplete="current-password"')
    expect(page).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i)
  })

  it('speaks English with the lang cookie, and keeps next in the language switch', async () => {
    const page = await (await fetchGateway('/auth/login?next=%2Fdesk%2F', { headers: { Cookie: 'lang=en' } })).text()
    expect(page).toContain('Staff sign-in')
    expect(page).toContain('href="/auth/login?next=%2Fdesk%2F&amp;lang=zh-CN"')
    expect(page).toContain('<input type="hidden" name="next" value="/desk/"/>')
  })

  it('signs in from the form and goes on to next with a 303', async () => {
    const response = await fetchGateway(
      '/auth/login',
      formPost({ username: officer.username, password: PASSWORD, next: '/desk/stations?x=1' }),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/desk/stations?x=1')
    expect(sessionFrom(response)).not.toBeNull()
  })

  it('goes to the desk without next, and to the board for board members', async () => {
    const response = await fetchGateway('/auth/login', formPost({ username: officer.username, password: PASSWORD }))
    expect(response.headers.get('Location')).toBe('/desk/')
  })

  it('shows the form again with one message and the username kept when refused', async () => {
    const response = await fetchGateway(
      '/auth/login',
      formPost({ username: officer.username, password: 'wrong password here', next: '/board/' }),
    )
    expect(response.status).toBe(401)
    const page = await response.text()
    expect(page).toContain('用户名或密码不正确')
    expect(page).toContain(`value="${officer.username}"`)
    expect(page).not.toContain('wrong password here')
    expect(page).toContain('name="next" value="/board/"')
  })

  it('sends someone already signed in straight on', async () => {
    const cookie = sessionFrom(await postLogin(officer.username)) ?? ''
    const response = await fetchGateway('/auth/login?next=%2Fdesk%2Fx', {
      headers: { Cookie: cookie },
      redirect: 'manual',
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/desk/x')
  })
})

describe('logging during sign-in', () => {
  let spies: MockInstance[] = []
  afterEach(() => {
    for (const spy of spies) spy.mockRestore()
    spies = []
  })

  it('writes account ids, never usernames, passwords, tokens or codes', async () => {
    const lines: string[] = []
    for (const level of ['log', 'info', 'warn', 'error'] as const)
      spies.push(vi.spyOn(console, level).mockImplementation((...args) => lines.push(args.join(' '))))
    const ok = await postLogin(officer.username)
    const token = sessionFrom(ok)?.split('=')[1] ?? ''
    await postLogin(officer.username, 'a-secret-wrong-password')
    await postLogin('someone.unknown', 'another-secret')
    await fetchGateway('/auth/logout', { method: 'POST', headers: { Cookie: `__Host-sid=${token}` } })
    const text = lines.join('\n')
    expect(text).toContain(officer.id)
    for (const secret of [
      officer.username,
      'someone.unknown',
      PASSWORD,
      'a-secret-wrong-password',
      'another-secret',
      token,
    ])
      expect(text).not.toContain(secret)
  })
})
