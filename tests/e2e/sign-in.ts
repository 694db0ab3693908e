import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Role } from '@platform/auth'
import { totp, totpCounter } from '@platform/auth'
import { BOARD_DEMO_TOTP_SECRETS, DEMO_PASSWORD, DEMO_TOTP_SECRETS } from '@platform/seed'
import type { Page } from 'playwright-core'
import { baseUrl } from './browser'

export const demoRole = (username: string) => username.replace(/^demo\./, '') as Role

// The gateway accepts a code once per account and 30-second step (replay protection), and
// several test files sign the same board accounts in: the last step each account used is kept
// in a small file shared by the files, and a second sign-in within that step waits for the next.
const usedSteps = process.env.E2E_TOTP_STEPS ?? join(tmpdir(), `e2e-totp-steps-${new URL(baseUrl).port}.json`)
const readSteps = (): Record<string, number> =>
  existsSync(usedSteps) ? JSON.parse(readFileSync(usedSteps, 'utf8')) : {}

/** A fresh second-factor code of a demo account (never one already used), or null for roles that need none. */
export async function demoCode(username: string): Promise<string | null> {
  // The other board members' accounts (demo.board_member2…) have their own documented secrets.
  const secret = BOARD_DEMO_TOTP_SECRETS[username] ?? DEMO_TOTP_SECRETS[demoRole(username)]
  if (!secret) return null
  const lastUsed = readSteps()[username] ?? -1
  while (totpCounter(Date.now() / 1000) <= lastUsed) await sleep(1000)
  const now = Date.now() / 1000
  writeFileSync(usedSteps, JSON.stringify({ ...readSteps(), [username]: totpCounter(now) }))
  return totp(secret, now)
}

const sessionCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] as string)
    .find((c) => c.startsWith('__Host-sid='))

// The gateway allows 20 sign-ins a minute per client address, and the whole suite signs in from
// one address: API sessions are shared between test files through a small cache file (checked
// with /auth/me before use), and a refused attempt waits out Retry-After like a person would.
const sessionCache = process.env.E2E_SESSION_CACHE ?? join(tmpdir(), `e2e-sessions-${new URL(baseUrl).port}.json`)
const readCache = (): Record<string, string> =>
  existsSync(sessionCache) ? JSON.parse(readFileSync(sessionCache, 'utf8')) : {}
const MAX_RATE_LIMIT_WAITS = 3

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function stillSignedIn(cookie: string) {
  return (await fetch(`${baseUrl}/auth/me`, { headers: { cookie } })).status === 200
}

async function postLogin(username: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    })
    if (res.status !== 429 || attempt >= MAX_RATE_LIMIT_WAITS) return res
    await sleep((Number(res.headers.get('retry-after')) || 60) * 1000 + 500)
  }
}

/** A session of a demo account (second factor included) as a Cookie header, reused across test files. */
export async function signInByApi(username: string): Promise<string> {
  const cached = readCache()[username]
  if (cached && (await stillSignedIn(cached))) return cached
  const cookie = await freshSignIn(username)
  writeFileSync(sessionCache, JSON.stringify({ ...readCache(), [username]: cookie }))
  return cookie
}

async function freshSignIn(username: string): Promise<string> {
  const login = await postLogin(username)
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
  for (let attempt = 0; ; attempt++) {
    await page.locator('input[name="username"]').fill(username)
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
    const [response] = await Promise.all([
      page.waitForNavigation(),
      page.locator('form button[type="submit"]').first().click(),
    ])
    // Refused by the sign-in rate limit: the page comes back with 429; wait it out and retry.
    if (response?.status() !== 429 || attempt >= MAX_RATE_LIMIT_WAITS) break
    await sleep((Number(await response.headerValue('retry-after')) || 60) * 1000 + 500)
  }
  if (new URL(page.url()).pathname === '/auth/login')
    throw new Error(`sign-in of ${username} stayed on the sign-in page`)
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
