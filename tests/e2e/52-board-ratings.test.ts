import { readFileSync } from 'node:fs'
import type { Consequences, PublicStations, RecordedAnswer, Satisfaction } from '@platform/contracts'
import { generateDistrict } from '@platform/seed'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The closed quarter's consequences, the rankings' CSV export, the board in English, and the
// public short satisfaction form. Only the station head signs in (no second factor).

const CLOSED = '2024-Q2'
const district = generateDistrict()
const stationId = district.identity.account.find((a) => a.username === 'demo.station_head')?.stationId as string
let browser: Browser
let head = ''

const api = async <T>(cookie: string | null, path: string, init: RequestInit = {}) => {
  const res = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/json', ...(init.headers ?? {}) },
  })
  return { status: res.status, body: (await res.json()) as T }
}

beforeAll(async () => {
  browser = await launch()
  head = await signInByApi('demo.station_head')
})

afterAll(async () => {
  await browser?.close()
})

describe('ratings, consequences and figures', () => {
  it('lets the station head withdraw a proposed consequence with a reason, by keyboard', async () => {
    const proposed = await api<Consequences>(
      head,
      `/api/assessments/consequences?quarter=${CLOSED}&station=${stationId}`,
    )
    const open = proposed.body.consequences.find((c) => c.status === 'proposed')
    if (!open) throw new Error('the seed proposes no consequence in the demo station')
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/board/rankings?quarter=${CLOSED}&station=${stationId}`)
    await signInInBrowser(page, 'demo.station_head')
    const table = page.locator('[data-testid="consequences"]')
    await table.waitFor({ timeout: 15_000 })
    expect(await table.innerText()).toContain('亮牌警告')
    await page.getByLabel('撤回', { exact: true }).first().focus()
    await page.keyboard.press('Space')
    await page.locator(`#consequence-${open.id}-reason`).fill('经核实，扣分系系统数据延迟所致。')
    await page.locator(`#consequence-${open.id}-reason`).press('Enter')
    await expect.poll(() => table.innerText(), { timeout: 15_000 }).toContain('已撤回')
    expect(await table.innerText()).toContain('系统数据延迟')
    const after = await api<Consequences>(head, `/api/assessments/consequences?quarter=${CLOSED}&station=${stationId}`)
    expect(after.body.consequences.find((c) => c.id === open.id)).toMatchObject({ status: 'withdrawn' })
    // The frozen quarter: grades from the snapshot, every row frozen.
    expect(await page.locator('[data-testid="ranking"]').innerText()).toContain('已冻结')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'board-52-consequences')

    // The ranking exports as CSV (UTF-8 with a BOM, one line per officer).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).first().click(),
    ])
    const text = readFileSync(await download.path(), 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text).toContain('排名')
    expect(text.trim().split('\r\n').length).toBeGreaterThan(2)
    await page.context().close()
  })

  it('reads in English on request', async () => {
    const page = await phonePage(browser, 'en')
    await page.goto(`${baseUrl}/board/precedents`)
    await signInInBrowser(page, 'demo.station_head')
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toContain('Exemption precedents')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.context().close()
  })

  it('takes a public short-form answer without an account, once per Idempotency-Key, and counts it', async () => {
    const stations = await api<PublicStations>(null, '/api/communities/public/stations')
    const communityId = stations.body.stations.find((s) => s.id === stationId)?.communities[0]?.id
    const key = { 'Idempotency-Key': `e2e-52-survey-${Date.now()}` }
    const first = await api<RecordedAnswer>(null, '/api/assessments/surveys/public', {
      method: 'POST',
      headers: key,
      body: JSON.stringify({ communityId, score: 5 }),
    })
    expect(first.status).toBe(201)
    const again = await api<RecordedAnswer>(null, '/api/assessments/surveys/public', {
      method: 'POST',
      headers: key,
      body: JSON.stringify({ communityId, score: 5 }),
    })
    expect(again.body.id).toBe(first.body.id)
    const figures = await api<Satisfaction>(head, '/api/assessments/satisfaction?from=2024-04-01&to=2024-09-30')
    expect(figures.body.stations.map((s) => s.stationId)).toEqual([stationId])
    const branch = await api<Satisfaction>(
      await signInByApi('demo.auditor'),
      '/api/assessments/satisfaction?from=2024-04-01&to=2024-09-30',
    )
    expect(branch.body.district.rate).toBe(0.9888)
  })
})
