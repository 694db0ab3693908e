import { generateDistrict } from '@platform/seed'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The desk without a connection: demo.officer logs time while the phone is offline; the entry
// waits in the visible outbox and is sent exactly once when the connection returns, also when
// the platform stored the first attempt but its answer never reached the phone.

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** A Beijing date `days` ago. */
const daysAgo = (days: number) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() - days * 24 * 60 * 60 * 1000))
/** The day the entries go on: in a past week still open (30-officer-week locks yesterday's, the seed approved earlier ones). */
let day = ''

async function weekOf(date: string): Promise<Week> {
  const cookie = await signInByApi('demo.officer')
  const res = await fetch(`${baseUrl}/api/officers/me/week?week=${date}`, { headers: { cookie } })
  expect(res.status).toBe(200)
  return (await res.json()) as Week
}

beforeAll(async () => {
  for (let weeks = 1; weeks <= 12 && !day; weeks++) {
    const candidate = daysAgo(1 + 7 * weeks)
    const week = await weekOf(candidate)
    if (week.status === 'open' && week.entries.length === 0) day = candidate
  }
  if (!day) throw new Error('no open, empty past week of demo.officer in the last 12 weeks')
})

const officerId = generateDistrict().identity.account.find((a) => a.username === 'demo.officer')?.officerId

type Week = { status: string; entries: { start: string; end: string; activity: string }[] }

/** The officer's entries of that week starting at `hhmm` (Beijing), as the platform has them. */
async function entriesAt(hhmm: string): Promise<Week['entries']> {
  const week = await weekOf(day)
  return week.entries.filter((e) => Date.parse(e.start) === Date.parse(`${day}T${hhmm}:00+08:00`))
}

async function logEntry(start: string, end: string) {
  await page.getByLabel('日期').fill(day)
  await page.getByLabel('开始时间').fill(start)
  await page.getByLabel('结束时间').fill(end)
  await page.getByLabel('工作内容').selectOption('household_visit')
  await page.getByRole('button', { name: '保存记录' }).click()
}

describe('time logged without a connection', () => {
  it('waits in the visible outbox and is sent exactly once when the connection returns', async () => {
    page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/week?week=${day}`)
    await signInInBrowser(page, 'demo.officer')
    await page.waitForURL((url) => url.pathname === '/desk/week')
    await expect.poll(() => page.locator('#week-hours').innerText(), { timeout: 15_000 }).toContain('36')
    const entries = page.locator('.entry-list li')
    const before = await entries.count()

    await page.context().setOffline(true)
    await logEntry('09:00', '10:30')
    await expect.poll(() => page.locator('#log-message').innerText()).toContain('没有网络：已保存在本机')
    const outbox = page.locator('.outbox')
    await expect.poll(() => outbox.locator('#outbox-count').innerText()).toBe('1 条待发送')
    expect(await outbox.locator('.outbox__item').innerText()).toContain('等待发送')
    expect(await outbox.locator('.outbox__item').innerText()).toContain('09:00–10:30')
    expect(await page.getByRole('link', { name: '待发送 1' }).count()).toBe(1)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'officer-offline-queued')
    // Nothing reached the platform while the phone was offline.
    expect(await entriesAt('09:00')).toHaveLength(0)

    await page.context().setOffline(false)
    // The `online` event sends it; the outbox empties and the week's list shows the entry.
    await expect.poll(() => outbox.count(), { timeout: 20_000 }).toBe(0)
    await expect.poll(() => entries.count()).toBe(before + 1)
    expect(await entriesAt('09:00')).toHaveLength(1)
    expect(await accessibilityViolations(page)).toEqual([])
  })

  it('an answer lost on the way back is retried with the same key: still one entry', async () => {
    const presence = '**/api/officers/me/presence'
    let attempts = 0
    // The first attempt reaches the platform, which stores the entry; the answer is then lost.
    await page.route(presence, async (route) => {
      attempts++
      await route.fetch()
      await route.abort('connectionreset')
    })
    await logEntry('14:00', '15:00')
    await expect.poll(() => page.locator('#log-message').innerText()).toContain('没有网络：已保存在本机')
    // The platform has it (the backoff may have tried again meanwhile: same key, same entry).
    expect(attempts).toBeGreaterThanOrEqual(1)
    expect(await entriesAt('14:00')).toHaveLength(1)
    await expect.poll(() => page.locator('#outbox-count').innerText()).toBe('1 条待发送')

    await page.unroute(presence)
    await page.getByRole('button', { name: '立即重试' }).click()
    await expect.poll(() => page.locator('.outbox').count(), { timeout: 20_000 }).toBe(0)
    expect(await entriesAt('14:00')).toHaveLength(1)
  })

  it('an entry the platform refuses leaves the queue and shows its rule until dismissed', async () => {
    // Overlaps the 09:00–10:30 entry above: RULE_PRESENCE_OVERLAP once the connection is back.
    await page.context().setOffline(true)
    await logEntry('10:00', '11:00')
    // The attempt failed for want of a connection (not merely under way) before it comes back.
    await expect.poll(() => page.locator('#log-message').innerText()).toContain('没有网络：已保存在本机')
    await expect.poll(() => page.locator('#outbox-count').innerText()).toBe('1 条待发送')
    await page.context().setOffline(false)
    const refused = page.locator('.outbox__item[data-state="refused"]')
    await expect.poll(() => refused.count(), { timeout: 20_000 }).toBe(1)
    expect(await refused.innerText()).toContain('与已有记录时间重叠')
    expect(await page.locator('#outbox-count').innerText()).toBe('没有待发送的记录。')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'officer-offline-refused')
    await refused.getByRole('button', { name: /^知道了，移除：/ }).click()
    await expect.poll(() => page.locator('.outbox').count()).toBe(0)
    expect(await entriesAt('10:00')).toHaveLength(0)
    await page.context().close()
  })
})

describe('the abstraction ledger', () => {
  it("shows a station head's refused patrol-car attempt on the dedicated officer", async () => {
    if (!officerId) throw new Error('the seed has no demo.officer linked to an officer')
    // Its own refused attempt this week (30-officer-week makes one too, through the browser).
    const cookie = await signInByApi('demo.station_head')
    const now = Date.now()
    const attempt = await fetch(`${baseUrl}/api/officers/assignments`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({
        officerId,
        kind: 'patrol_car',
        start: new Date(now - 3 * 60 * 60 * 1000).toISOString(),
        end: new Date(now - 2 * 60 * 60 * 1000).toISOString(),
      }),
    })
    expect(attempt.status).toBe(422)
    expect(((await attempt.json()) as { error: { code: string } }).error.code).toBe('RULE_NO_PATROL_CAR')

    const head = await phonePage(browser)
    await head.goto(`${baseUrl}/desk/ledger`)
    await signInInBrowser(head, 'demo.station_head')
    await head.waitForURL((url) => url.pathname === '/desk/ledger')
    // The officer is among the worst of the week, with the refused attempt counted.
    const worst = head.locator('.ledger-worst')
    await expect.poll(() => worst.count(), { timeout: 15_000 }).toBe(1)
    const name = generateDistrict().officers.officer.find((o) => o.id === officerId)?.nameZh
    const card = worst.locator('li', { hasText: name ?? officerId })
    expect(await card.count()).toBe(1)
    const refused = /被拒分派 (\d+) 次/.exec(await card.innerText())
    expect(Number(refused?.[1])).toBeGreaterThanOrEqual(1)
    // The attempt itself, with the rule in words.
    await expect
      .poll(() => head.locator('.refusal-list').innerText(), { timeout: 15_000 })
      .toContain('专职社区民警不参加01/02巡逻车勤务')
    expect(await accessibilityViolations(head)).toEqual([])
    await screenshot(head, 'ledger-refusal')
    await head.context().close()
  })
})
