import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInInBrowser } from './sign-in'

// The shared shell in Chromium: the gateway streams one platform header into every app's page;
// the public one works with JavaScript off, the staff one switches apps (speculation rules allowed
// by the CSP) and shows the user menu. Every page names the builds that served it.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** CSP refusals show up as console errors; none may happen. */
const cspErrors = (page: Page) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text())
  })
  return errors
}

describe('the platform header in every app', () => {
  it('works in the public app with JavaScript off: platform name and the language switch', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}/qihe/`)
    expect(response?.headers()['x-app-version']).toMatch(/^[0-9a-f]{16}$/)
    expect(response?.headers()['x-platform-version']).toBeTruthy()
    await expect.poll(() => page.locator('header.platform-header').innerText()).toContain('东城分局社区警务平台')
    expect(await page.locator('.platform-apps, .platform-user').count()).toBe(0)
    await Promise.all([page.waitForNavigation(), page.locator('.platform-lang a[lang="en"]').click()])
    expect(new URL(page.url()).pathname).toBe('/qihe/')
    expect(await page.locator('.platform-header__name').innerText()).toBe(
      'Dongcheng Branch Community Policing Platform',
    )
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await screenshot(page, 'shell-qihe-no-js-en')
    await context.close()
  })

  it('gives staff the app switcher and the user menu, and moves between apps with no CSP refusal', async () => {
    const page = await phonePage(browser)
    const refused = cspErrors(page)
    await page.goto(`${baseUrl}/desk/`)
    await signInInBrowser(page, 'demo.station_head')
    const response = await page.reload()
    expect(response?.headers()['cache-control']).toBe('private, no-cache')
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/)
    expect(await page.locator('script[type="speculationrules"]').count()).toBe(1)
    await page.locator('.platform-user summary').click()
    await expect.poll(() => page.locator('.platform-user form[action="/auth/logout"] button').isVisible()).toBe(true)
    await screenshot(page, 'shell-desk-user-menu')
    await page.locator('.platform-user summary').click()
    await page.locator('.platform-apps summary').click()
    expect(await page.locator('.platform-apps a[aria-current="page"]').getAttribute('href')).toBe('/desk/')
    await Promise.all([page.waitForURL(`${baseUrl}/board/`), page.locator('.platform-apps a[href="/board/"]').click()])
    await expect.poll(() => page.locator('.shell-brand__app').innerText(), { timeout: 10_000 }).not.toBe('')
    expect(await page.locator('header').count()).toBe(1)
    expect(await accessibilityViolations(page)).toEqual([])
    expect(refused).toEqual([])
    await page.context().close()
  })
})
