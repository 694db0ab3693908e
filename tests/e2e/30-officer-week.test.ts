import { generateDistrict } from '@platform/seed'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInInBrowser } from './sign-in'

// An officer's week, end to end in Chromium: demo.officer (a dedicated officer of 交道口) logs
// three stretches of time and submits the week; demo.team_leader approves it; demo.station_head
// tries to put the officer on a patrol car and is refused with the rule named.

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Yesterday in Beijing: its whole day lies in the past, whatever the hour the suite runs. */
const yesterday = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date(Date.now() - 24 * 60 * 60 * 1000))

const officerId = generateDistrict().identity.account.find((a) => a.username === 'demo.officer')?.officerId

/** Opens a desk page, signing the demo account in on the way (one sign-in per role). */
async function openAs(username: string, path: string): Promise<Page> {
  const page = await phonePage(browser)
  await page.goto(`${baseUrl}${path}`)
  await signInInBrowser(page, username)
  await page.waitForURL((url) => url.pathname === path.split('?')[0])
  return page
}

describe("an officer's week in Chromium", () => {
  it('the officer logs three entries, sees the week total, and submits the week', async () => {
    const page = await openAs('demo.officer', `/desk/week?week=${yesterday}`)
    await expect.poll(() => page.locator('#week-hours').innerText(), { timeout: 15_000 }).toContain('36')
    const entries = page.locator('.entry-list li')
    for (const [index, [start, end]] of (
      [
        ['08:00', '10:00'],
        ['10:30', '12:00'],
        ['14:00', '17:15'],
      ] as const
    ).entries()) {
      await page.getByLabel('日期').fill(yesterday)
      await page.getByLabel('开始时间').fill(start)
      await page.getByLabel('结束时间').fill(end)
      await page.getByLabel('工作内容').selectOption('household_visit')
      await page.getByRole('button', { name: '保存记录' }).click()
      await expect.poll(() => page.locator('#log-message').innerText()).toContain('已保存')
      await expect.poll(() => entries.count()).toBe(index + 1)
    }
    // 2 h + 1.5 h + 3.25 h = 6.75 h of the 36 h target, in words and on the bar.
    await expect.poll(() => page.locator('#week-hours').innerText()).toContain('已进社区 6.75 小时，目标 36 小时')
    expect(await page.locator('progress.week-bar').getAttribute('value')).toBe('6.75')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'officer-week')

    await page.getByRole('button', { name: '提交本周' }).click()
    await expect.poll(() => page.locator('body').innerText()).toContain('已提交，待警务队长审核')
    await page.context().close()
  })

  it('the team leader approves the week, which locks it', async () => {
    const page = await openAs('demo.team_leader', `/desk/team?week=${yesterday}`)
    const approve = page.getByRole('button', { name: /^审核通过 / })
    await expect.poll(() => approve.count(), { timeout: 15_000 }).toBe(1)
    expect(await accessibilityViolations(page)).toEqual([])
    await approve.click()
    await expect.poll(() => page.locator('body').innerText()).toContain('的本周记录')
    await expect.poll(() => page.locator('tbody').innerText()).toContain('已审核并锁定')
    await screenshot(page, 'team-weeks')
    await page.context().close()
  })

  it("the station head's patrol-car assignment for a dedicated officer is refused with the rule named", async () => {
    if (!officerId) throw new Error('the seed has no demo.officer linked to an officer')
    const page = await openAs('demo.station_head', '/desk/assign')
    const officer = page.locator('#assign-officer')
    await expect.poll(() => officer.locator(`option[value="${officerId}"]`).count(), { timeout: 15_000 }).toBe(1)
    await officer.selectOption(officerId)
    await page.getByLabel('勤务类型').selectOption('patrol_car')
    await page.getByRole('button', { name: '分派', exact: true }).click()
    const result = page.locator('#assign-result')
    await expect.poll(() => result.innerText()).toContain('分派被拒绝')
    expect(await result.innerText()).toContain('专职社区民警不参加01/02巡逻车勤务')
    expect(await result.getAttribute('role')).toBe('alert')
    // The refusal is on record, in the station's list of refused assignments.
    await expect
      .poll(() => page.locator('[aria-labelledby="refusals-title"]').innerText())
      .toContain('01/02 巡逻车勤务')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'assignment-refused')
    await page.context().close()
  })
})
