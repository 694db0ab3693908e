import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, formPost, PASSWORD, sessionCookie, sessionFrom, type TestAccount } from './identity'

const open = (path: string, headers: Record<string, string> = {}) => fetchGateway(path, { headers, redirect: 'manual' })

let officer: TestAccount
beforeAll(async () => {
  officer = await createTestAccount({ roles: ['officer'] })
})
beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('the staff apps without a session', () => {
  it('send a page request to the sign-in with next = where it was going', async () => {
    const cases = [
      ['/desk/', '/auth/login?next=%2Fdesk%2F'],
      [
        '/board/nominations/01JD0000000000000000000000?tab=open',
        '/auth/login?next=%2Fboard%2Fnominations%2F01JD0000000000000000000000%3Ftab%3Dopen',
      ],
      ['/board', '/auth/login?next=%2Fboard'],
    ] as const
    for (const [path, location] of cases) {
      const response = await open(path)
      expect(response.status, path).toBe(303)
      expect(response.headers.get('Location'), path).toBe(location)
      expect(response.headers.get('X-Stub-App'), path).toBeNull()
    }
  })

  it('gate their assets too: a script request gets 401, not the app', async () => {
    const response = await open('/desk/assets/index.js', { 'Sec-Fetch-Dest': 'script' })
    expect(response.status).toBe(401)
    expect(response.headers.get('X-Stub-App')).toBeNull()
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
  })

  it('send a session still short of a step to that step', async () => {
    const chair = await createTestAccount({ roles: ['board_chair'], enrolled: true })
    const response = await open('/board/cases', { Cookie: await sessionCookie(chair.id, 'second_factor') })
    expect(response.headers.get('Location')).toBe('/auth/totp?next=%2Fboard%2Fcases')
  })

  it('leave the public app open', async () => {
    expect((await open('/qihe/')).status).toBe(200)
  })
})

describe('the staff apps with a session', () => {
  it('open, deep links included', async () => {
    const cookie = await sessionCookie(officer.id)
    const response = await open('/desk/stations/abc?x=1', { Cookie: cookie })
    expect(response.status).toBe(200)
    expect(response.headers.get('X-Stub-Path')).toBe('/stations/abc?x=1')
  })
})

describe('back to where one was going after sign-in', () => {
  it('follows next from the sign-in form', async () => {
    const response = await fetchGateway(
      '/auth/login',
      formPost({ username: officer.username, password: PASSWORD, next: '/board/nominations?tab=open' }),
    )
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/board/nominations?tab=open')
    const app = await open('/board/nominations?tab=open', { Cookie: sessionFrom(response) ?? '' })
    expect(app.status).toBe(200)
  })

  it('refuses to send anyone off the site (open redirect attempts land on the home app)', async () => {
    const attempts = [
      '//evil.com',
      'https://evil.com',
      '/\\evil.com',
      '\\\\evil.com',
      'javascript:alert(1)',
      '//evil.com/%2F..',
      '/\t/evil.com',
      ' /desk/',
      '/auth/login?next=//evil.com',
    ]
    for (const next of attempts) {
      const response = await fetchGateway(
        '/auth/login',
        formPost({ username: officer.username, password: PASSWORD, next }),
      )
      expect(response.status, next).toBe(303)
      expect(response.headers.get('Location'), next).toBe('/desk/')
    }
    // An encoded character stays part of a path on this site.
    const encoded = await fetchGateway(
      '/auth/login',
      formPost({ username: officer.username, password: PASSWORD, next: '/%09/evil.com' }),
    )
    const location = encoded.headers.get('Location') ?? ''
    expect(new URL(location, 'http://127.0.0.1:8787').origin).toBe('http://127.0.0.1:8787')
  })

  it('does not carry a foreign next into the sign-in page', async () => {
    const page = await (await fetchGateway('/auth/login?next=%2F%2Fevil.com')).text()
    expect(page).not.toContain('evil.com')
    const signedIn = await open('/auth/login?next=https%3A%2F%2Fevil.com', { Cookie: await sessionCookie(officer.id) })
    expect(signedIn.headers.get('Location')).toBe('/desk/')
  })
})
