import type { Role } from '@platform/auth'
import { totp } from '@platform/auth'
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '@platform/seed'
import type { Page } from 'playwright-core'
import { baseUrl } from './browser'

export const demoRole = (username: string) => username.replace(/^demo\./, '') as Role

/** The current second-factor code of a demo account, or null for roles that need none. */
export async function demoCode(username: string): Promise<string | null> {
  const secret = DEMO_TOTP_SECRETS[demoRole(username)]
  return secret ? totp(secret) : null
}

const sessionCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] as string)
    .find((c) => c.startsWith('__Host-sid='))

/** Signs a demo account in through the JSON API (second factor included) and returns the Cookie header. */
export async function signInByApi(username: string): Promise<string> {
  const login = await fetch(`${baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  })
  if (login.status !== 200) throw new Error(`sign-in of ${username} answered ${login.status}: ${await login.text()}`)
  const cookie = sessionCookie(login)
  if (!cookie) throw new Error(`sign-in of ${username} set no session cookie`)
  const { status } = (await login.json()) as { status: string }
  if (status === 'signed_in') return cookie
  const code = await demoCode(username)
  const second = await fetch(`${baseUrl}/auth/totp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ code }),
  })
  if (second.status !== 200)
    throw new Error(`second factor of ${username} answered ${second.status}: ${await second.text()}`)
  return sessionCookie(second) ?? cookie
}

/** Fills the sign-in page the browser was sent to (and the second-factor page where the role needs it). */
export async function signInInBrowser(page: Page, username: string) {
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/auth/login'),
    page.locator('form button[type="submit"]').first().click(),
  ])
  if (new URL(page.url()).pathname === '/auth/totp') {
    const code = await demoCode(username)
    if (!code) throw new Error(`${username} was asked for a second factor it does not have`)
    await page.locator('input[name="code"]').fill(code)
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/auth/totp'),
      page.locator('form button[type="submit"]').first().click(),
    ])
  }
}
