import { ROLES, type Role } from '@platform/auth'
import { generateDistrict } from '@platform/seed'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInInBrowser } from './sign-in'

// Every demo role signs in through the real pages (second factor where the role needs it),
// lands back where it was going, sees its own name, and signs out.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const boardRoles: Role[] = ['board_member', 'board_chair', 'branch_admin', 'auditor']
const appOf = (role: Role) => (boardRoles.includes(role) ? '/board/' : '/desk/')
const accounts = generateDistrict().identity.account

describe('signing in and out in Chromium', () => {
  it.each(ROLES.map((role) => [role]))('%s signs in, sees the own name and signs out', async (role) => {
    const username = `demo.${role}`
    const account = accounts.find((a) => a.username === username)
    if (!account) throw new Error(`the seed has no ${username}`)
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}${appOf(role)}`)
    expect(new URL(page.url()).pathname).toBe('/auth/login')
    expect(new URL(page.url()).searchParams.get('next')).toBe(appOf(role))
    if (role === 'officer') {
      expect(await accessibilityViolations(page)).toEqual([])
      await screenshot(page, 'sign-in-zh')
    }

    await signInInBrowser(page, username)
    expect(new URL(page.url()).pathname.startsWith(appOf(role).slice(0, -1))).toBe(true)
    await expect.poll(() => page.locator('header').innerText(), { timeout: 10_000 }).toContain(account.displayNameZh)
    if (role === 'station_head' || role === 'board_chair') await screenshot(page, `signed-in-${role}`)

    const signOut = page.locator('form[action="/auth/logout"] button')
    if (!(await signOut.isVisible())) await page.locator('header .platform-user summary').click()
    await Promise.all([page.waitForURL((url) => url.pathname === '/auth/login'), signOut.click()])

    const again = await page.goto(`${baseUrl}/auth/me`)
    expect(again?.status()).toBe(401)
    await page.context().close()
  })
})
