import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot, screenshotDir } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The station head keeps the station's task templates and meeting calendar at /desk/templates:
// a template added (a bad standard refused in words on its field) reaches the officers' lists of
// its period; a calendar breaking a rule is refused in words; the page is axe clean in both languages.

let browser: Browser
let page: Page
// Unique per run: a rerun on the same state adds another template, not a look-alike.
const title = `冬季防火走访 ${Date.now() % 100_000}`

beforeAll(async () => {
  browser = await launch()
  page = await phonePage(browser)
  await page.goto(`${baseUrl}/desk/templates`)
  await signInInBrowser(page, 'demo.station_head')
  await page.waitForURL((url) => url.pathname === '/desk/templates')
})
afterAll(async () => {
  await browser?.close()
})

type WeekList = { items: { title: { zh: string }; target: number; cadence: string }[] }

describe("a station's task templates and meetings in Chromium", () => {
  it('shows the templates by period, with the link in the nav', async () => {
    await expect.poll(() => page.locator('#tpl-group-weekly').count(), { timeout: 15_000 }).toBe(1)
    for (const id of ['daily', 'half_monthly', 'monthly', 'quarterly', 'annual'])
      expect(await page.locator(`#tpl-group-${id}`).count()).toBe(1)
    expect(await page.getByRole('link', { name: '任务模板' }).count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('refuses a standard of 0 in words on the field, then adds the template', async () => {
    await page.locator('.tpl-new > summary').click()
    await page.locator('#tpl-new-cadence').selectOption('weekly')
    await page.locator('#tpl-new-kind').selectOption('special')
    await page.getByLabel('任务名称（中文）').fill(title)
    await page.getByLabel('任务名称（英文）').fill('Winter fire-safety visits')
    await page.getByLabel('量化标准（数量）').fill('0')
    await page.getByLabel('单位（中文）').fill('户')
    await page.getByLabel('单位（英文）').fill('households')
    await page.getByRole('button', { name: '添加模板' }).click()
    const error = page.locator('#tpl-new-target-error')
    await expect.poll(() => error.innerText()).toBe('请填写 1 至 10000 的整数。')
    expect(await page.locator('#tpl-new-target').getAttribute('aria-describedby')).toContain('tpl-new-target-error')
    expect(await page.locator('#tpl-new-target').getAttribute('aria-invalid')).toBe('true')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'station-templates-refused')

    await page.getByLabel('量化标准（数量）').fill('30')
    await page.getByRole('button', { name: '添加模板' }).click()
    await expect
      .poll(() => page.locator('#tpl-new-result').innerText(), { timeout: 15_000 })
      .toContain(`已添加：“${title}”`)
    const card = page.locator('section[aria-labelledby="tpl-group-weekly"] .tpl-card', { hasText: title })
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1)
    expect(await card.innerText()).toContain('标准：30 户')
  })

  it("puts the template on the officer's list of its period (this week)", async () => {
    const cookie = await signInByApi('demo.officer')
    const res = await fetch(`${baseUrl}/api/officers/me/tasks?period=week`, { headers: { cookie } })
    expect(res.status).toBe(200)
    const list = (await res.json()) as WeekList
    expect(list.items.filter((item) => item.title.zh === title)).toMatchObject([{ target: 30, cadence: 'weekly' }])
  })

  it("edits it: the officer's list made this week keeps the standard, the new version starts next week", async () => {
    await page.getByRole('button', { name: new RegExp(`^修改\\s*“${title}”$`) }).click()
    const form = page.locator('.tpl-card form', { hasText: '已生成的任务清单保持原样' })
    await form.getByLabel('量化标准（数量）').fill('40')
    await form.getByRole('button', { name: '保存修改' }).click()
    await expect
      .poll(() => page.locator('#tpl-page-result').innerText(), { timeout: 15_000 })
      .toContain('起按新模板生成，已生成的清单不变')
    const card = page.locator('section[aria-labelledby="tpl-group-weekly"] .tpl-card', { hasText: title })
    await expect.poll(() => card.innerText(), { timeout: 15_000 }).toContain('标准：40 户')
    expect(await card.innerText()).toMatch(/自 .+ 起生效/)
    const cookie = await signInByApi('demo.officer')
    const res = await fetch(`${baseUrl}/api/officers/me/tasks?period=week`, { headers: { cookie } })
    const list = (await res.json()) as WeekList
    // Next week's list is made when next week comes (the API makes only current periods' lists).
    expect(list.items.filter((item) => item.title.zh === title)).toMatchObject([{ target: 30 }])
  })

  it('refuses a calendar with the progress meeting before the summary, in words on the field', async () => {
    await page.locator('#cal-monthly_progress-week').selectOption('1')
    await page.getByRole('button', { name: '保存本所日程' }).click()
    const error = page.locator('#cal-monthly_progress-week-error')
    await expect.poll(() => error.innerText(), { timeout: 15_000 }).toContain('RULE_MEETING_ORDER')
    expect(await error.innerText()).toContain('月度总结会须早于推进会所在的周')
    expect(await page.locator('#cal-monthly_progress-week').getAttribute('aria-describedby')).toContain(
      'cal-monthly_progress-week-error',
    )
    expect(await accessibilityViolations(page)).toEqual([])
    await error.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${screenshotDir}station-calendar-refused.png` })

    await page.locator('#cal-monthly_progress-week').selectOption('4')
    await page.getByRole('button', { name: '保存本所日程' }).click()
    await expect.poll(() => page.locator('#calendar-result').innerText(), { timeout: 15_000 }).toContain('已保存')
    await expect.poll(() => page.getByText('本所使用自定日程。').count()).toBe(1)
    // The coming meetings are read again after the save.
    await page.waitForLoadState('networkidle')
    await screenshot(page, 'station-templates-zh')
    // Back to the branch's calendar: the other files see the seeded rhythm.
    await page.getByRole('button', { name: '改用分局日程' }).click()
    await expect.poll(() => page.getByText('本所使用分局日程。').count(), { timeout: 15_000 }).toBe(1)
  })

  it('reads in English, axe clean', async () => {
    await page.context().addCookies([{ name: 'lang', value: 'en', url: baseUrl }])
    await page.goto(`${baseUrl}/desk/templates`)
    await expect
      .poll(() => page.getByRole('heading', { name: 'Task templates and meetings' }).count(), {
        timeout: 15_000,
      })
      .toBe(1)
    await expect
      .poll(() => page.locator('.tpl-card', { hasText: 'Winter fire-safety visits' }).count())
      .toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'station-templates-en')
  })
})
