import type { Nominations, StationScores } from '@platform/contracts'
import { generateDistrict } from '@platform/seed'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInInBrowser } from './sign-in'

// A citizen answers the public short satisfaction form by keyboard, without an account; the
// station head files a nomination from the board's queue, by keyboard, with errors on the fields.

const CLOSED = '2024-Q2'
const district = generateDistrict()
const stationId = district.identity.account.find((a) => a.username === 'demo.station_head')?.stationId as string
let browser: Browser

beforeAll(async () => {
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
})

describe('the public satisfaction short form', () => {
  it('is reached from the intake home page and answered by keyboard, without an account', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/qihe/`)
    await page.getByTestId('survey-cta').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/qihe\/survey$/)
    const form = page.getByTestId('survey-form')
    await form.waitFor()
    // Sending nothing names both fields, each tied to its error.
    await page.locator('form button[type="submit"]').press('Enter')
    expect(await page.locator('#survey-community').getAttribute('aria-describedby')).toBe('survey-communityId-error')
    expect(await page.locator('#survey-communityId-error').isVisible()).toBe(true)
    expect(await page.locator('#survey-score-error').isVisible()).toBe(true)
    expect(await accessibilityViolations(page)).toEqual([])
    await page.locator('#survey-community').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.locator('input[name="score"]').first().focus()
    await page.keyboard.press('Space')
    await page.locator('form button[type="submit"]').press('Enter')
    await page.locator('#survey-thanks').waitFor()
    await screenshot(page, '53-survey-thanks')
    await page.close()
  })

  it('reads in English, the scale a fieldset with its question as the legend', async () => {
    const page = await phonePage(browser, 'en')
    await page.goto(`${baseUrl}/qihe/survey`)
    await page.getByTestId('survey-form').waitFor()
    expect(await page.locator('fieldset legend').textContent()).toContain('How satisfied are you')
    expect(await page.locator('label.choice').count()).toBe(5)
    await page.close()
  })
})

describe('filing a nomination from the queue', () => {
  it('shows errors on the fields, names the rule that refuses a second star, and files a promotion preference', async () => {
    // One sign-in for the file (the suite shares the sign-in rate limit); API reads reuse its session.
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/board/cases`)
    await signInInBrowser(page, 'demo.station_head')
    const read = async <T>(path: string) => (await (await page.request.get(`${baseUrl}${path}`)).json()) as T
    const scores = await read<StationScores>(`/api/assessments/scores?quarter=${CLOSED}&station=${stationId}`)
    const officerId = scores.scores[0]?.officerId as string
    await page.goto(`${baseUrl}/board/cases`)
    await page.locator('a[href="/board/nominations/new"]').first().focus()
    await page.keyboard.press('Enter')
    await page.locator('#nom-title').waitFor()
    await page.locator('#nom-period').fill('2024')
    await page.locator('form[aria-labelledby="nom-title"] button[type="submit"]').press('Enter')
    expect(await page.locator('#nom-officerId-error').isVisible()).toBe(true)
    expect(await page.locator('#nom-period-error').isVisible()).toBe(true)
    expect(await page.locator('#nom-officerId').getAttribute('aria-describedby')).toContain('nom-officerId-error')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.locator('#nom-officerId').fill(officerId)
    await page.locator('#nom-period').fill(CLOSED)
    await page.locator('#nom-reason').fill('Led the evacuation of a flooded courtyard at night.')
    await page.locator('form[aria-labelledby="nom-title"] button[type="submit"]').press('Enter')
    await page.waitForFunction(
      () => location.pathname.startsWith('/board/nominations/0') || document.querySelector('[role="alert"]'),
    )
    // The seeded station has its star of the quarter nominated already: the rule is named in words.
    expect(await page.locator('[role="alert"]').textContent()).toMatch(/RULE_ONE_STAR|NOMINATED_ALREADY/)
    await screenshot(page, '53-board-nomination-refused')
    // A promotion preference for the year rests on the year's closed quarters: it is filed.
    await page.locator('#nom-kind').selectOption('promotion_preference')
    await page.locator('#nom-period').fill(CLOSED.slice(0, 4))
    await page.locator('form[aria-labelledby="nom-title"] button[type="submit"]').press('Enter')
    await page.waitForURL(/\/board\/nominations\/[0-9A-Z]{26}$/)
    const filed = new URL(page.url()).pathname.split('/').pop()
    const list = await read<Nominations>('/api/assessments/nominations?kind=promotion_preference')
    expect(list.nominations.map((n) => n.id)).toContain(filed)
    await screenshot(page, '53-board-nomination-filed')
    await page.close()
  })
})
