import type { CommunityRegistrations, Figures, KeyUnitList, StationDetail } from '@platform/contracts'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The station head of 交道口 (no second factor) finds on the dashboard what prevention added: key
// units with open findings, the outreach reach of the article's 58 groups, hours and satisfaction
// from the other workers, and a form to record a month's registration that shows the API's rules
// on the fields. The month sent is one already on record, with its own numbers: the form meets
// the 409 and corrects it with the same values, so the seeded figures stay as they were.

let browser: Browser
let cookie: string
beforeAll(async () => {
  browser = await launch()
  cookie = await signInByApi('demo.station_head')
})
afterAll(async () => {
  await browser?.close()
})

const api = async <T>(path: string) => {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}

describe('prevention on the station dashboard', () => {
  it('answers the figures with outreach reach, hours and satisfaction (API as the station head)', async () => {
    const figures = await api<Figures>('/api/communities/figures')
    expect(figures.outreach.groups).toBe(58)
    expect(figures.outreach.members).toBeGreaterThan(20_000)
    expect(figures.outreach.reach).toBeGreaterThan(0.3)
    expect(figures.outreach.eventsInWindow).toBeGreaterThan(0)
    // From the officers and assessments workers: a figure, or marked unavailable — never a 500.
    expect(typeof figures.hours.available).toBe('boolean')
    expect(typeof figures.satisfaction.available).toBe('boolean')
    const units = await api<KeyUnitList>('/api/communities/key-units')
    expect(units.checklist).toHaveLength(15)
    expect(units.units.some((u) => u.openFindings > 0)).toBe(true)
  })

  it('shows key units, outreach, hours and satisfaction, and records a month through the form', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/dashboard`)
    await signInInBrowser(page, 'demo.station_head')
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('所情看板')
    await expect.poll(() => page.locator('#units-title').count(), { timeout: 15_000 }).toBe(1)

    expect(await page.locator('section[aria-labelledby="units-title"] tbody tr').count()).toBeGreaterThan(0)
    expect(await page.locator('section[aria-labelledby="outreach-title"] p.muted').innerText()).toMatch(/^58 个宣防群/)
    expect(
      await page.locator('section[aria-labelledby="outreach-title"] svg[role="img"] rect.chart__bar').count(),
    ).toBe(6)
    const labels = await page.locator('.stat__label').allInnerTexts()
    expect(labels.join(' ')).toMatch(/宣防群覆盖人口.*专职民警每周在社区时长.*群众满意度/)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'dashboard-prevention-zh')

    // The league's rewards: recorded by the seed, or here by the station head (once per quarter).
    const record = page.getByRole('button', { name: '记录本季度奖励' })
    if (await record.count()) await record.click()
    const rewardRows = page.locator('section[aria-labelledby="league-title"] table').last().locator('tbody tr')
    await expect.poll(() => rewardRows.count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])

    // The form: a community of the station, the last seeded month and its own numbers.
    const station = await api<StationDetail>(
      `/api/communities/stations/${(await api<Figures>('/api/communities/figures')).scope.stationId}`,
    )
    const community = station.communities[0]
    if (!community) throw new Error('the demo station has no community')
    const history = await api<CommunityRegistrations>(`/api/communities/communities/${community.id}/registrations`)
    const last = history.registrations.at(-1)
    if (!last) throw new Error('the seed recorded no month')
    await page.locator('#registration-communityId').selectOption(community.id)
    await page.locator('#registration-month').fill(last.month)
    await page.locator('#registration-floatingKnown').fill(String(last.floatingKnown))
    // Registered above known: refused on the field before anything is sent.
    await page.locator('#registration-floatingRegistered').fill(String(last.floatingKnown + 1))
    await page.locator('#registration-rentalKnown').fill(String(last.rentalKnown))
    await page.locator('#registration-rentalRegistered').fill(String(last.rentalRegistered))
    await page.locator('#registration-illegalRentalPenalties').fill(String(last.illegalRentalPenalties))
    await page.locator('#registration-form-title ~ form button[type="submit"]').click()
    const fieldError = page.locator('#registration-floatingRegistered-error')
    await expect.poll(() => fieldError.innerText()).toMatch(/不能超过底数/)
    expect(await page.locator('#registration-floatingRegistered').getAttribute('aria-describedby')).toBe(
      'registration-floatingRegistered-error',
    )
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'dashboard-registration-refused')

    // The month is on record: the API's 409 is shown, and the form corrects it on purpose.
    await page.locator('#registration-floatingRegistered').fill(String(last.floatingRegistered))
    await page.locator('#registration-form-title ~ form button[type="submit"]').click()
    const result = page.locator('#registration-result')
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toMatch(/已录入/)
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: '更正该月数据' }).click()
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toMatch(/^已保存/)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'dashboard-registration-saved')

    const after = await api<CommunityRegistrations>(`/api/communities/communities/${community.id}/registrations`)
    expect(after.registrations.at(-1)).toEqual(last)
    await page.context().close()
  })

  it('inspects a key unit against the "three fives" and fixes a finding with a note', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/dashboard`)
    await signInInBrowser(page, 'demo.station_head')
    const link = page.locator('section[aria-labelledby="units-title"] tbody a').first()
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1)
    await link.click()
    await expect.poll(() => page.locator('#inspect-title').count(), { timeout: 15_000 }).toBe(1)
    const openCount = async () => page.locator('section[aria-labelledby="findings-title"] li').count()
    const before = await openCount()
    expect(before).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])

    // A failed item without what is wrong: refused on the field.
    await page.locator('#inspect-people-guards').selectOption('passed')
    await page.locator('#inspect-technical-cctv').selectOption('failed')
    await page.getByRole('button', { name: '保存检查' }).click()
    await expect.poll(() => page.locator('#inspect-technical-cctv-error').innerText()).toBe('请写明存在的问题')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'key-unit-inspection-refused')

    await page.locator('#inspect-technical-cctv-finding').fill('北门摄像头遮挡')
    await page.getByRole('button', { name: '保存检查' }).click()
    await expect.poll(() => page.locator('#inspect-result').innerText(), { timeout: 15_000 }).toMatch(/已保存检查/)
    await expect.poll(openCount, { timeout: 15_000 }).toBe(before + 1)

    // Fixed, with a note: one finding fewer.
    const first = page.locator('section[aria-labelledby="findings-title"] li').first()
    await first.locator('input').fill('已清理遮挡物')
    await first.getByRole('button', { name: '标记为已整改' }).click()
    await expect.poll(openCount, { timeout: 15_000 }).toBe(before)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'key-unit-after-fix')
    await page.context().close()
  })

  it('reads in English for a user who chose it', async () => {
    const page = await phonePage(browser, 'en')
    await page.goto(`${baseUrl}/desk/dashboard`)
    await signInInBrowser(page, 'demo.station_head')
    await expect
      .poll(() => page.locator('#units-title').innerText(), { timeout: 15_000 })
      .toBe('Key units: the "three fives"')
    expect(await page.locator('#outreach-title').innerText()).toBe('Outreach reach')
    expect(await page.locator('#registration-form-title').innerText()).toBe("Record a month's registration figures")
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'dashboard-prevention-en')
    await page.context().close()
  })
})
