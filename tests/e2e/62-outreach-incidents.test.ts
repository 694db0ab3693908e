import type { CampaignEvents, Figures, IncidentRecord, OutreachOverview, PublicStations } from '@platform/contracts'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The station head of 交道口 (no second factor) keeps the station's outreach and incidents at the
// desk: adds an outreach group and corrects its count, starts a campaign and records an event —
// once, although the first answer is lost and the form is sent again — then records a month of
// incidents for a community and, meeting the 409 of a month already on record, corrects it.
// Each step is seen in the page and through the API.

let browser: Browser
let cookie: string
let page: Page
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
const beijingDay = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const statValue = (p: Page, label: string) =>
  p.locator('.stat', { has: p.locator('.stat__label', { hasText: new RegExp(`^${label}$`) }) }).locator('.stat__value')
const digits = (text: string) => Number(text.replace(/[^\d]/g, ''))
// Names of this run's records: a second run on the same state finds its own, not the first run's.
const run = Date.now().toString(36)
const groupName = `端到端志愿者群${run}`
const campaignName = `端到端反诈宣传${run}`

describe('outreach and incidents entered at the desk', () => {
  it('adds an outreach group, corrects its count and sees the reach follow', async () => {
    const before = await api<OutreachOverview>('/api/communities/outreach')
    page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/outreach`)
    await signInInBrowser(page, 'demo.station_head')
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe('宣防工作')
    await expect.poll(() => statValue(page, '宣防群').count(), { timeout: 15_000 }).toBe(1)
    expect(digits(await statValue(page, '宣防群').innerText())).toBe(before.groups)
    expect(await page.locator('details.audience').count()).toBe(6)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'outreach-zh')

    // Nothing chosen: each field says what it needs, tied to it.
    await page.getByRole('button', { name: '添加宣防群' }).click()
    await expect.poll(() => page.locator('#group-members-error').innerText()).toBe('请填写此项')
    expect(await page.locator('#group-members').getAttribute('aria-describedby')).toBe('group-members-error')
    expect(await accessibilityViolations(page)).toEqual([])

    const community = await page.locator('#group-communityId option').nth(1).getAttribute('value')
    await page.locator('#group-communityId').selectOption(community ?? '')
    await page.locator('#group-audience').selectOption('volunteers')
    await page.locator('#group-nameZh').fill(groupName)
    await page.locator('#group-members').fill('40')
    await page.getByRole('button', { name: '添加宣防群' }).click()
    await expect.poll(() => page.locator('#group-result').innerText(), { timeout: 15_000 }).toMatch(/^已添加/)
    await expect.poll(async () => digits(await statValue(page, '宣防群').innerText())).toBe(before.groups + 1)

    // Its count corrected in place, under its audience.
    const volunteers = page.locator('details.audience').nth(2)
    await volunteers.locator('summary').click()
    const item = volunteers.locator('li', { hasText: groupName })
    await item.locator('input').fill('45')
    await item.getByRole('button', { name: '更新人数' }).click()
    await expect.poll(() => item.locator('[role="status"]').innerText(), { timeout: 15_000 }).toMatch(/45 人/)
    await expect.poll(async () => digits(await statValue(page, '群成员').innerText())).toBe(before.members + 45)
    const after = await api<OutreachOverview>('/api/communities/outreach')
    expect(after.groups).toBe(before.groups + 1)
    expect(after.members).toBe(before.members + 45)
    expect(after.reach).toBeGreaterThan(before.reach ?? 0)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('starts a campaign and records an event once, though the first answer was lost', async () => {
    const today = beijingDay()
    await page.locator('#campaign-theme').selectOption('anti_fraud')
    await page.locator('#campaign-nameZh').fill(campaignName)
    await page.locator('#campaign-nameEn').fill('End-to-end anti-fraud')
    await page.locator('#campaign-from').fill(addDays(today, -7))
    await page.locator('#campaign-to').fill(addDays(today, 30))
    await page.getByRole('button', { name: '创建活动' }).click()
    await expect.poll(() => page.locator('#campaign-result').innerText(), { timeout: 15_000 }).toMatch(/^已创建/)

    const card = page.locator('details.campaign', { hasText: campaignName })
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1)
    const campaignId = (await card.getAttribute('data-campaign')) as string
    await card.locator('summary').click()
    const prefix = `#event-${campaignId}`
    await expect.poll(() => page.locator(`${prefix}-date`).inputValue(), { timeout: 15_000 }).toBe(today)
    const community = await page.locator(`${prefix}-communityId option`).nth(1).getAttribute('value')
    await page.locator(`${prefix}-communityId`).selectOption(community ?? '')
    await page.locator(`${prefix}-placeZh`).fill('社区文化广场')
    await page.locator(`${prefix}-attendees`).fill('80')
    await page.locator(`${prefix}-leaflets`).fill('250')

    // The first request reaches the server, but its answer never reaches the page.
    const events = `**/api/communities/outreach-campaigns/${campaignId}/events`
    let lost = 0
    await page.route(events, async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.fallback()
      lost++
      await route.fetch()
      await route.abort('connectionreset')
    })
    await page.getByRole('button', { name: '保存活动记录' }).click()
    const result = page.locator(`${prefix}-result`)
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toMatch(/不会重复记录/)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'outreach-event-retry')
    // Sent again as it is: the same Idempotency-Key, the first answer, one event.
    await page.getByRole('button', { name: '保存活动记录' }).click()
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toMatch(/^已记录/)
    await page.unroute(events)
    expect(lost).toBe(1)

    await expect
      .poll(() => card.locator('tbody tr').allInnerTexts(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('社区文化广场')])
    await expect.poll(() => card.locator('summary').innerText()).toMatch(/1 场活动，80 人参加，发放资料 250 份/)
    const listed = await api<CampaignEvents>(`/api/communities/outreach-campaigns/${campaignId}/events`)
    expect(listed.total).toBe(1)
    expect(listed.events[0]).toMatchObject({ date: today, attendees: 80, leaflets: 250 })
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'outreach-event-saved')
  })

  it("shows the new group in the dashboard's outreach reach", async () => {
    const figures = await api<Figures>('/api/communities/figures')
    await page.goto(`${baseUrl}/desk/dashboard`)
    const lead = page.locator('section[aria-labelledby="outreach-title"] p.muted')
    await expect.poll(() => lead.count(), { timeout: 15_000 }).toBe(1)
    expect(await lead.innerText()).toMatch(new RegExp(`^${figures.outreach.groups} 个宣防群`))
    const overview = await api<OutreachOverview>('/api/communities/outreach')
    expect(figures.outreach.groups).toBe(overview.groups)
  })

  it('records a month of incidents, meets the 409 for it again, and corrects it', async () => {
    const month = beijingDay().slice(0, 7)
    await page.goto(`${baseUrl}/desk/incidents`)
    await expect.poll(() => page.locator('#incidents-community option').count(), { timeout: 15_000 }).toBeGreaterThan(1)
    // A community and type this month has no record of yet (on a fresh seed: the first community, theft).
    const options = await page
      .locator('#incidents-community option')
      .evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value).filter(Boolean))
    const types = ['theft', 'telecom_fraud', 'burglary', 'other'] as const
    let communityId = ''
    let type: (typeof types)[number] | undefined
    for (const id of options) {
      const onRecord = (await api<{ incidents: IncidentRecord[] }>(`/api/communities/communities/${id}/incidents`))
        .incidents
      type = types.find((t) => !onRecord.some((r) => r.month === month && r.type === t))
      communityId = id
      if (type) break
    }
    if (!type) throw new Error(`every community and type of ${month} is already on record`)
    await page.locator('#incidents-community').selectOption(communityId)
    await expect.poll(() => page.locator('#incident-table tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.locator('#incident-table thead th').allInnerTexts()).toEqual([
      '月份',
      '盗窃类',
      '电信诈骗',
      '入室盗窃',
      '其他',
    ])
    expect(await page.locator('#incident-table tbody tr').first().innerText()).toMatch(/环比.*同比/s)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'incidents-zh')

    const cell = page.locator(`#incident-table tr[data-month="${month}"] td[data-type="${type}"] .incident-cell__count`)

    // A month to come is refused on its field before anything is sent.
    await page.locator('#incident-month').fill(`${Number(month.slice(0, 4)) + 1}-01`)
    await page.locator('#incident-type').selectOption(type)
    await page.locator('#incident-count').fill('3')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect.poll(() => page.locator('#incident-month-error').innerText()).toBe('不能录入尚未开始的月份')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.locator('#incident-month').fill(month)
    await page.getByRole('button', { name: '保存', exact: true }).click()
    const result = page.locator('#incident-result')
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toMatch(/^已保存/)
    await expect.poll(() => cell.innerText(), { timeout: 15_000 }).toBe('3 起')

    // The same month and type again: the 409 in words, and the offer to correct it.
    await page.locator('#incident-count').fill('5')
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toMatch(/已有记录（3 起），不能重复录入/)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'incidents-exists')
    await page.getByRole('button', { name: '更正该月数据' }).click()
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toMatch(/^已更正.*5 起/)
    await expect.poll(() => cell.innerText(), { timeout: 15_000 }).toBe('5 起')
    const after = await api<{ incidents: IncidentRecord[] }>(`/api/communities/communities/${communityId}/incidents`)
    expect(after.incidents.filter((r) => r.month === month && r.type === type)).toEqual([
      { communityId, month, type, count: 5 },
    ])
    await page.context().close()
  })

  it('reads both pages in English', async () => {
    const en = await phonePage(browser, 'en')
    await en.goto(`${baseUrl}/desk/outreach`)
    await signInInBrowser(en, 'demo.station_head')
    await expect
      .poll(() => en.locator('#groups-title').innerText(), { timeout: 15_000 })
      .toBe('Outreach groups by audience')
    expect(await en.locator('#campaign-form-title').innerText()).toBe('Start a campaign')
    expect(await accessibilityViolations(en)).toEqual([])
    await screenshot(en, 'outreach-en')
    const stations = await api<PublicStations>('/api/communities/public/stations')
    expect(stations.stations.length).toBeGreaterThan(0)
    await en.goto(`${baseUrl}/desk/incidents`)
    await expect.poll(() => en.locator('#incidents-community option').count(), { timeout: 15_000 }).toBeGreaterThan(1)
    await en.locator('#incidents-community').selectOption({ index: 1 })
    await expect
      .poll(() => en.locator('#incident-form-title').innerText(), { timeout: 15_000 })
      .toBe("Record a month's incidents")
    expect(await en.locator('#incident-table tbody tr').first().innerText()).toMatch(/MoM.*YoY/s)
    expect(await accessibilityViolations(en)).toEqual([])
    await screenshot(en, 'incidents-en')
    await en.context().close()
  })
})
