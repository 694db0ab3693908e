import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { postIntake } from './intake'
import { signInByApi, signInInBrowser } from './sign-in'

// A citizen brings a dispute to the Qihe Station from a phone, with JavaScript on and off, and
// follows the status link; a Qihe Station mediator (no second factor) triages it; the status page
// then names the new holder, and after a referral the receiving body.

let browser: Browser
let mediator: string
beforeAll(async () => {
  browser = await launch()
  mediator = await signInByApi('demo.mediator')
})
afterAll(async () => {
  await browser?.close()
})

const applicant = { name: '测试居民甲', phone: '13955554444' }

/** A tiny PNG (its signature and a few bytes): the server checks the type by content. */
const photo = (name: string) => ({
  name,
  mimeType: 'image/png',
  buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(name)]),
})
/** References of the disputes this file submitted: the database scan must find those (it reads the right files). */
const references: string[] = []

/** The platform's local state (every D1 database file): `npm test` serves it from .state-e2e. */
const stateDir = process.env.PLATFORM_STATE ?? new URL('../../.state-e2e', import.meta.url).pathname

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

async function fillForm(page: Page, description: string) {
  await page.locator('#description').fill(description)
  await page.locator('#communityId').selectOption({ index: 1 })
  await page.locator('#address').fill('交道口南大街 1 号院 2 号楼')
  await page.locator('#applicantName').fill(applicant.name)
  await page.locator('#applicantPhone').fill(applicant.phone)
}

async function ledgerEntry(reference: string) {
  const res = await fetch(`${baseUrl}/api/disputes/ledger`, { headers: { cookie: mediator } })
  expect(res.status).toBe(200)
  const { disputes } = (await res.json()) as { disputes: { id: string; reference: string; parties: unknown[] }[] }
  const entry = disputes.find((d) => d.reference === reference)
  if (!entry) throw new Error(`${reference} is not on the mediator's ledger`)
  return entry
}

/** A community the citizens' app offers (the first of the first station). */
async function ledgerCommunity() {
  const res = await fetch(`${baseUrl}/api/communities/public/stations`)
  const { stations } = (await res.json()) as { stations: { communities: { id: string }[] }[] }
  return stations[0]?.communities[0]?.id
}

async function triage(id: string, decision: unknown) {
  const res = await fetch(`${baseUrl}/api/disputes/ledger/${id}/triage`, {
    method: 'POST',
    headers: { cookie: mediator, 'content-type': 'application/json' },
    body: JSON.stringify(decision),
  })
  expect(res.status).toBe(200)
}

describe('the Qihe Station intake in Chromium', () => {
  it('with JavaScript on: guided start, form, confirmation with QR, status link; triage and referral show', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/qihe/`)
    await page.getByTestId('intake-cta').click()
    await page.getByTestId('start-neighbours').click()
    await page.waitForURL(/\/qihe\/report\?category=neighbours/)
    await page.locator('[data-testid="intake-form"]').waitFor()

    // Consent missing: the form says so next to the checkbox and sends nothing.
    await fillForm(page, '楼上每天夜里漏水，已经三个月了。')
    await page.locator('button[type="submit"]').click()
    await expect.poll(() => page.locator('#consent-error').count()).toBe(1)
    expect(await page.locator('#consent').getAttribute('aria-describedby')).toContain('consent-error')
    expect(await accessibilityViolations(page)).toEqual([])

    await page.locator('#consent').check()
    await page.locator('#attachments').setInputFiles([photo('leak-1.png'), photo('leak-2.png')])
    await page.locator('button[type="submit"]').click()
    const reference = (await page.getByTestId('reference').innerText()).trim()
    expect(reference).toMatch(/^QH-\d{4}-[0-9A-Z]{6}$/)
    references.push(reference)
    await page.locator('svg.qr').waitFor()
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'qihe-receipt-js')

    await Promise.all([page.waitForURL(/\/api\/disputes\/status\//), page.getByTestId('status-link').click()])
    expect(await page.getByTestId('reference').innerText()).toBe(reference)
    expect(await page.getByTestId('holder').innerText()).toContain('祈和驿站')
    expect(await page.getByTestId('attachments').locator('li').count()).toBe(2)
    expect(await page.content()).not.toContain(applicant.phone)
    expect(await accessibilityViolations(page)).toEqual([])

    const entry = await ledgerEntry(reference)
    expect(JSON.stringify(entry.parties)).toContain('139****4444')
    await triage(entry.id, { jurisdiction: 'police', complexity: 'simple' })
    await page.reload()
    expect(await page.getByTestId('holder').innerText()).toMatch(/社区民警|派出所/)

    await triage(entry.id, {
      jurisdiction: 'not_police',
      channel: 'peoples',
      body: '交道口街道人民调解委员会',
      contact: '010-64040000',
      theirReference: 'JDK-2026-001',
    })
    await page.reload()
    expect(await page.getByTestId('referral').innerText()).toContain('交道口街道人民调解委员会')
    expect(await page.getByTestId('timeline').innerText()).toContain('转交调解')
    await screenshot(page, 'qihe-status-referred')
    await page.context().close()
  })

  it('with JavaScript off: the form post, the server-rendered confirmation and status page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/qihe/`)
    await Promise.all([
      page.waitForURL(/\/api\/disputes\/intake\/form/),
      page.locator('noscript a, a[href="/api/disputes/intake/form"]').first().click(),
    ])
    await page.locator('#category').selectOption('family')
    await fillForm(page, '兄弟之间因为老房子分配发生争执。')
    await page.locator('#consent').check()
    await Promise.all([page.waitForURL(/\/api\/disputes\/intake$/), page.locator('form button[type="submit"]').click()])
    const reference = (await page.getByTestId('reference').innerText()).trim()
    expect(reference).toMatch(/^QH-\d{4}-[0-9A-Z]{6}$/)
    expect(await page.locator('svg.qr').count()).toBe(1)
    await screenshot(page, 'qihe-receipt-no-js')

    await Promise.all([page.waitForURL(/\/api\/disputes\/status\//), page.getByTestId('status-link').click()])
    expect(await page.getByTestId('reference').innerText()).toBe(reference)
    expect(await page.getByTestId('holder').innerText()).toContain('祈和驿站')

    // Adding a photo works without JavaScript too: a plain multipart form on the status page.
    await page.locator('#file').setInputFiles(photo('no-js.png'))
    await Promise.all([
      page.waitForURL(/attachment=added/),
      page.locator('form[enctype] button[type="submit"]').click(),
    ])
    expect(await page.getByTestId('attachments').locator('li').count()).toBe(1)

    const entry = await ledgerEntry(reference)
    await triage(entry.id, { jurisdiction: 'police', complexity: 'complex' })
    await page.reload()
    expect(await page.getByTestId('holder').innerText()).toContain('社区警务队队长')
    await context.close()
  })

  it('lets a mediator triage a new dispute in the desk, and the citizen sees the new holder', async () => {
    const submitted = await postIntake(`e2e-desk-${Date.now()}`, {
      category: 'property_rental',
      description: '物业费纠纷，物业公司停了我家的电梯卡。',
      communityId: (await ledgerCommunity()) ?? '',
      address: '东四十条 3 号',
      applicant,
      preferredHandling: 'at_station',
      consent: true,
    })
    expect(submitted.status).toBe(201)
    const { reference, statusUrl } = (await submitted.json()) as { reference: string; statusUrl: string }

    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/disputes`)
    await signInInBrowser(page, 'demo.mediator')
    const row = page.locator(`li[data-reference="${reference}"]`)
    await row.waitFor()
    expect(await row.innerText()).toContain('139****4444')
    expect(await row.innerText()).not.toContain(applicant.phone)
    expect(await accessibilityViolations(page)).toEqual([])
    await row.locator('summary', { hasText: '分流' }).click()
    await row.locator('select[name="decision"]').selectOption('complex')
    await row.getByTestId('triage-form').locator('button[type="submit"]').click()
    await expect.poll(() => row.getByTestId('holder').innerText(), { timeout: 10_000 }).toContain('警务队长')
    await screenshot(page, 'desk-disputes')
    await page.context().close()

    const status = await fetch(`${baseUrl}${statusUrl}`, { headers: { accept: 'application/json' } })
    expect(((await status.json()) as { holder: { role: string } }).holder.role).toBe('team_leader')
  })

  it("triages a dispute to the grid's responsible officer, who finds it in the desk", async () => {
    const officerCookie = await signInByApi('demo.officer')
    const me = (await (await fetch(`${baseUrl}/auth/me`, { headers: { cookie: officerCookie } })).json()) as {
      user: { scope: { stationId: string; officerId: string } }
    }
    const { stationId, officerId } = me.user.scope
    const { stations } = (await (await fetch(`${baseUrl}/api/communities/public/stations`)).json()) as {
      stations: { id: string; communities: { id: string }[] }[]
    }
    let communityId: string | undefined
    for (const community of stations.find((s) => s.id === stationId)?.communities ?? []) {
      const routing = await fetch(`${baseUrl}/api/disputes/routing/${community.id}`, { headers: { cookie: mediator } })
      const body = (await routing.json()) as { responsible: { officerId: string } | null }
      if (body.responsible?.officerId === officerId) {
        communityId = community.id
        break
      }
    }
    if (!communityId) throw new Error('demo.officer is the responsible officer of no grid in the seed')
    const submitted = await postIntake(`e2e-officer-${Date.now()}`, {
      category: 'neighbours',
      description: '邻居装修噪音，每天早上七点开始。',
      communityId,
      address: '北新桥三条 5 号',
      applicant,
      preferredHandling: 'home_visit',
      consent: true,
    })
    expect(submitted.status).toBe(201)
    const { reference, statusUrl } = (await submitted.json()) as { reference: string; statusUrl: string }
    await triage((await ledgerEntry(reference)).id, { jurisdiction: 'police', complexity: 'simple' })

    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/disputes`)
    await signInInBrowser(page, 'demo.officer')
    const row = page.locator(`li[data-reference="${reference}"]`)
    await row.waitFor()
    expect(await row.innerText()).toContain('139****4444')
    expect(await accessibilityViolations(page)).toEqual([])

    // The officer who holds it settles it: the citizen reads the outcome.
    await row.locator('summary', { hasText: '办理' }).click()
    await row.locator('select[id^="outcome-"]').selectOption('agreement')
    await row.locator('form:has(select[id^="outcome-"]) button[type="submit"]').click()
    await expect.poll(() => row.getByTestId('state').innerText(), { timeout: 10_000 }).toContain('已办结')
    await page.context().close()
    const status = await fetch(`${baseUrl}${statusUrl}`, { headers: { accept: 'application/json' } })
    expect(await status.json()).toMatchObject({ state: 'closed', outcome: 'agreement' })
  })

  it('leaves no name or phone of a submitted dispute in plain text in the local database files', () => {
    if (!existsSync(stateDir)) throw new Error(`no platform state at ${stateDir}: set PLATFORM_STATE`)
    const files = filesUnder(stateDir).filter((path) => /\.sqlite(-wal)?$/.test(path))
    expect(files.length).toBeGreaterThan(0)
    const found = files.flatMap((path) => {
      const bytes = readFileSync(path)
      return [applicant.name, applicant.phone, '交道口南大街'].filter((value) =>
        bytes.includes(Buffer.from(value, 'utf8')),
      )
    })
    expect(found).toEqual([])
    const stored = references.filter((reference) =>
      files.some((path) => readFileSync(path).includes(Buffer.from(reference, 'utf8'))),
    )
    expect(stored).toEqual(references)
  })

  it('shows the public figures by kind and month, small counts suppressed', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/qihe/figures`)
    await page.getByTestId('figures').waitFor()
    expect(await page.getByTestId('figures').innerText()).toContain('少于 5')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.context().close()
  })

  it('answers an unknown status link with the same page as an expired one (404)', async () => {
    const a = await fetch(`${baseUrl}/api/disputes/status/${'A'.repeat(43)}`, { headers: { accept: 'text/html' } })
    const b = await fetch(`${baseUrl}/api/disputes/status/QH-2026-AAAAAA`, { headers: { accept: 'text/html' } })
    expect(a.status).toBe(404)
    expect(b.status).toBe(404)
    expect(await a.text()).toBe(await b.text())
  })
})
