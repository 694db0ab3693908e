import type { Figures } from '@platform/contracts'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The station head of the demo station (交道口) opens the dashboard: the headline figures, the
// registration trend, the managers' league and the joint defence of 南锣鼓巷 are filled from the seed.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('the station dashboard in Chromium', () => {
  it('shows the station head the own station’s figures, charts, league and duty of the day', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/dashboard`)
    await signInInBrowser(page, 'demo.station_head')
    expect(new URL(page.url()).pathname).toBe('/desk/dashboard')

    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('所情看板')
    const stats = page.locator('.stat__value')
    await expect.poll(() => stats.count(), { timeout: 15_000 }).toBeGreaterThan(3)
    // Rates from the seed's records: a percentage, never the "no data" text.
    expect(await stats.first().innerText()).toMatch(/^\d{2,3}(\.\d)?%$/)
    expect(await page.locator('svg[role="img"] path.chart__line--floating').getAttribute('d')).toMatch(
      /^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){11}$/,
    )
    expect(await page.locator('#league-title').innerText()).toMatch(/流管员季度评比/)
    expect(await page.locator('.badge--success').count()).toBeGreaterThan(0)
    const dutyRows = page.locator('section[aria-labelledby="duty-title"] tbody tr')
    expect(await dutyRows.count()).toBe(17)
    expect(await dutyRows.first().locator('li').count()).toBeGreaterThan(0)

    // The numbers behind the chart, as a table.
    await page.locator('details.chart__data summary').click()
    expect(await page.locator('details.chart__data tbody tr').count()).toBe(12)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'dashboard-station-head-zh')

    // English, same figures.
    // The platform header's language switch (a link: the gateway stores the choice and reloads).
    await page.locator('.platform-lang a[lang="en"]').click()
    await expect.poll(() => page.locator('h1').innerText()).toBe('Station dashboard')
    await screenshot(page, 'dashboard-station-head-en')
    await page.context().close()
  })

  it('computes the figures it shows from the records (API as the station head)', async () => {
    const cookie = await signInByApi('demo.station_head')
    const response = await fetch(`${baseUrl}/api/communities/figures`, { headers: { cookie } })
    expect(response.status).toBe(200)
    const figures = (await response.json()) as Figures
    expect(figures.scope.level).toBe('station')
    expect(figures.reporting).toBe(figures.communities)
    expect(figures.registration.floatingRate).toBeGreaterThan(0.9)
    expect(figures.trend.filter((p) => p.floatingRate !== null)).toHaveLength(12)
    const theft = figures.incidents.find((i) => i.type === 'theft')
    expect(theft?.yearOnYear).toBeLessThan(0)
  })
})
