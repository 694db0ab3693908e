import type { PublicStations } from '@platform/contracts'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

let browser: Browser
let stations: PublicStations['stations']
const cspErrors: string[] = []

beforeAll(async () => {
  browser = await launch()
  const res = await fetch(`${baseUrl}/api/communities/public/stations`)
  stations = ((await res.json()) as PublicStations).stations
})
afterAll(async () => {
  await browser?.close()
})

async function open(path: string, lang?: 'zh-CN' | 'en'): Promise<Page> {
  const page = await phonePage(browser, lang)
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspErrors.push(`${path}: ${msg.text()}`)
  })
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
  expect(response?.status(), `status of ${path}`).toBe(200)
  return page
}

const jiaodaokou = () => {
  const station = stations.find((s) => s.name.zh.startsWith('交道口'))
  if (!station) throw new Error('the seed has no 交道口 station')
  return station
}

describe('the platform in a phone browser', () => {
  it('landing page introduces the platform in Chinese with the district counts and links every app', async () => {
    const page = await open('/')
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')
    const text = await page.locator('body').innerText()
    expect(text).toContain('163')
    expect(text).toContain('148')
    for (const app of ['/qihe/', '/board/', '/desk/']) {
      expect(await page.locator(`a[href^="${app}"]`).count(), `link to ${app}`).toBeGreaterThan(0)
    }
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'landing-zh')
  })

  it('landing page switches to English without JavaScript', async () => {
    const page = await open('/?lang=en')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await screenshot(page, 'landing-en')
  })

  it('Qihe intake introduces the station with the agencies that staff it', async () => {
    const page = await open('/qihe/')
    await expect.poll(() => page.locator('body').innerText()).toContain('祈和驿站')
    expect(await page.locator('table').count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'qihe-home-zh')
  })

  it('Qihe intake lists the seeded stations and a station deep link reloads', async () => {
    const page = await open('/qihe/stations')
    await expect.poll(() => page.locator('body').innerText()).toContain(jiaodaokou().name.zh)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'qihe-stations-zh')

    const deep = await open(`/qihe/stations/${jiaodaokou().id}`)
    for (const community of jiaodaokou().communities) {
      await expect.poll(() => deep.locator('body').innerText()).toContain(community.name.zh)
    }
    expect(await accessibilityViolations(deep)).toEqual([])
    await screenshot(deep, 'qihe-station-zh')
  })

  it('Qihe intake switches to English with the platform header’s language switch', async () => {
    const page = await open('/qihe/stations')
    // A link (the gateway stores the choice and reloads the same page), so it works without JavaScript.
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'English' }).click()])
    expect(new URL(page.url()).pathname).toBe('/qihe/stations')
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en')
    await expect.poll(() => page.locator('body').innerText()).toContain(jiaodaokou().name.en)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'qihe-stations-en')
  })

  it('officer desk lists the station head roster with A/B groups from the seed', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/stations/${jiaodaokou().id}`)
    await signInInBrowser(page, 'demo.station_head')
    expect(new URL(page.url()).pathname).toBe(`/desk/stations/${jiaodaokou().id}`)
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toMatch(/A/)
    const cookie = await signInByApi('demo.station_head')
    const roster = (await (
      await fetch(`${baseUrl}/api/officers/roster?station=${jiaodaokou().id}`, { headers: { cookie } })
    ).json()) as {
      officers: { name: { zh: string } }[]
    }
    expect(roster.officers.length).toBeGreaterThan(0)
    for (const officer of roster.officers.slice(0, 3)) {
      await expect.poll(() => page.locator('body').innerText()).toContain(officer.name.zh)
    }
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'desk-station-zh')
  })

  it('review board lists its members, chair first, in English when chosen', async () => {
    const cookie = await signInByApi('demo.auditor')
    const members = (await (
      await fetch(`${baseUrl}/api/assessments/board/members`, { headers: { cookie } })
    ).json()) as {
      members: { name: { en: string }; role: string }[]
    }
    expect(members.members[0]?.role).toBe('chair')
    const page = await phonePage(browser, 'en')
    await page.goto(`${baseUrl}/board/`)
    await signInInBrowser(page, 'demo.auditor')
    for (const member of members.members.slice(0, 3)) {
      await expect.poll(() => page.locator('body').innerText()).toContain(member.name.en)
    }
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'board-en')
  })

  it('API documentation page renders the four domain documents', async () => {
    const page = await open('/api/docs')
    const text = await page.locator('body').innerText()
    for (const worker of ['officers', 'communities', 'assessments', 'disputes'])
      expect(text).toContain(`/api/${worker}/`)
    await screenshot(page, 'api-docs')
  })

  it('no page broke its Content Security Policy', () => {
    expect(cspErrors).toEqual([])
  })
})
