import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, formPost, jsonPost, PASSWORD, postLogin, sessionCookie, sessionFrom } from './identity'

const change = (cookie: string, currentPassword: string, newPassword: string) =>
  fetchGateway('/auth/password', jsonPost({ currentPassword, newPassword }, { Cookie: cookie }))
const me = (cookie: string) => fetchGateway('/auth/me', { headers: { Cookie: cookie } })

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('changing one’s password', () => {
  it('needs the minimum length', async () => {
    const cookie = await sessionCookie((await createTestAccount()).id)
    const response = await change(cookie, PASSWORD, 'short')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', details: { fields: [expect.objectContaining({ path: 'newPassword' })] } },
    })
  })

  it('refuses the same password again (422)', async () => {
    const cookie = await sessionCookie((await createTestAccount()).id)
    const response = await change(cookie, PASSWORD, PASSWORD)
    expect(response.status).toBe(422)
    expect(await response.json()).toMatchObject({ error: { code: 'RULE_NEW_PASSWORD_SAME_AS_OLD' } })
  })

  it('refuses a wrong current password', async () => {
    const cookie = await sessionCookie((await createTestAccount()).id)
    const response = await change(cookie, 'not my password', 'a brand new passphrase')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { code: 'WRONG_CURRENT_PASSWORD' } })
  })

  it('needs a signed-in session', async () => {
    expect((await change('', PASSWORD, 'a brand new passphrase')).status).toBe(401)
    const chair = await createTestAccount({ roles: ['board_chair'], enrolled: true })
    const pending = await sessionCookie(chair.id, 'second_factor')
    expect((await change(pending, PASSWORD, 'a brand new passphrase')).status).toBe(401)
  })

  it('takes the new password, ends the account’s other sessions and keeps this one', async () => {
    const account = await createTestAccount()
    const here = sessionFrom(await postLogin(account.username)) ?? ''
    const elsewhere = sessionFrom(await postLogin(account.username)) ?? ''
    const response = await change(here, PASSWORD, 'a brand new passphrase')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ status: 'signed_in', user: { id: account.id } })
    expect((await me(here)).status).toBe(200)
    expect((await me(elsewhere)).status).toBe(401)
    expect((await postLogin(account.username)).status).toBe(401)
    expect((await postLogin(account.username, 'a brand new passphrase')).status).toBe(200)
  })
})

describe('the password page', () => {
  it('tells an account with an admin-set password to choose its own, and sends it on afterwards', async () => {
    const account = await createTestAccount({ mustChangePassword: true })
    const login = await fetchGateway(
      '/auth/login',
      formPost({ username: account.username, password: PASSWORD, next: '/desk/tasks' }),
    )
    expect(login.headers.get('Location')).toBe('/auth/password?next=%2Fdesk%2Ftasks')
    const cookie = sessionFrom(login) ?? ''
    // Nothing else opens until it is done.
    const desk = await fetchGateway('/desk/tasks', { headers: { Cookie: cookie }, redirect: 'manual' })
    expect(desk.headers.get('Location')).toBe('/auth/password?next=%2Fdesk%2Ftasks')

    const page = await (
      await fetchGateway('/auth/password?next=%2Fdesk%2Ftasks', { headers: { Cookie: cookie } })
    ).text()
    expect(page).toContain('临时密码')
    expect(page).toContain('autocomplete="new-password"')
    expect(page).not.toMatch(/<script|\sstyle=/i)

    const mismatch = await fetchGateway(
      '/auth/password',
      formPost(
        {
          currentPassword: PASSWORD,
          newPassword: 'my own passphrase',
          confirmPassword: 'my own passphrasE',
          next: '/desk/tasks',
        },
        { Cookie: cookie },
      ),
    )
    expect(mismatch.status).toBe(400)
    expect(await mismatch.text()).toContain('两次输入的新密码不一致')

    const done = await fetchGateway(
      '/auth/password',
      formPost(
        {
          currentPassword: PASSWORD,
          newPassword: 'my own passphrase',
          confirmPassword: 'my own passphrase',
          next: '/desk/tasks',
        },
        { Cookie: cookie },
      ),
    )
    expect(done.status).toBe(303)
    expect(done.headers.get('Location')).toBe('/desk/tasks')
    expect((await fetchGateway('/desk/tasks', { headers: { Cookie: cookie } })).status).toBe(200)
  })

  it('sends a visitor without a session to the sign-in first', async () => {
    const response = await fetchGateway('/auth/password', { redirect: 'manual' })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/auth/login?next=%2Fauth%2Fpassword')
  })
})
