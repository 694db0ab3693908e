import type { Figures } from '@platform/contracts'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The seed carries a year of every officer's time in the community and of satisfaction answers per
// station and month, so the dashboard's hours and satisfaction are filled for each month of the
// trend, not only the latest: the station head of the demo station sees twelve of each.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe('a year of hours and satisfaction on the station dashboard', () => {
  it('answers hours and satisfaction for every month of the trend (API as the station head)', async () => {
    const cookie = await signInByApi('demo.station_head')
    const res = await fetch(`${baseUrl}/api/communities/figures`, { headers: { cookie } })
    expect(res.status).toBe(200)
    const figures = (await res.json()) as Figures
    expect(figures.trend).toHaveLength(12)
    for (const point of figures.trend) {
      // Most dedicated officers keep 36 h a week; the month's average sits near it.
      expect(point.weeklyHoursPerDedicatedOfficer, point.month).toBeGreaterThan(20)
      expect(point.weeklyHoursPerDedicatedOfficer, point.month).toBeLessThan(45)
      expect(point.satisfactionRate, point.month).toBeGreaterThan(0.85)
    }
  })

  it('draws twelve months of each and lists them in a table, in Chromium', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/dashboard`)
    await signInInBrowser(page, 'demo.station_head')
    const section = page.locator('section[aria-labelledby="service-title"]')
    await section.waitFor({ timeout: 15_000 })
    expect(await section.locator('rect.chart__bar').count()).toBe(12)
    expect(await section.locator('circle.chart__dot').count()).toBe(12)
    await section.locator('details summary').click()
    const rows = await section.locator('tbody tr').allInnerTexts()
    expect(rows).toHaveLength(12)
    expect(rows.filter((row) => row.includes('暂无数据'))).toEqual([])
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'dashboard-year')
    await page.context().close()
  })
})
