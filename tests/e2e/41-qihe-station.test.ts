import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { postIntake } from './intake'
import { signInByApi, signInInBrowser } from './sign-in'

// The Qihe Station beyond a single submission: the satisfaction survey after closure (JavaScript
// on and off), who is at the station today (the app and the no-JS page), the printable mediation
// agreement for the officer who holds the dispute, linking a flagged duplicate, the roster and
// learning from types in the desk, and the public figures per community.

let browser: Browser
let mediator: string
let officer: string
let communityId: string

beforeAll(async () => {
  browser = await launch()
  mediator = await signInByApi('demo.mediator')
  officer = await signInByApi('demo.officer')
  communityId = await officersCommunity()
})
afterAll(async () => {
  await browser?.close()
})

const json = (cookie: string) => ({ cookie, 'content-type': 'application/json' })

/** A community on a grid demo.officer is responsible for: triage sends its disputes to that officer. */
async function officersCommunity(): Promise<string> {
  const me = (await (await fetch(`${baseUrl}/auth/me`, { headers: { cookie: officer } })).json()) as {
    user: { scope: { stationId: string; officerId: string } }
  }
  const { stations } = (await (await fetch(`${baseUrl}/api/communities/public/stations`)).json()) as {
    stations: { id: string; communities: { id: string }[] }[]
  }
  for (const community of stations.find((s) => s.id === me.user.scope.stationId)?.communities ?? []) {
    const routing = await fetch(`${baseUrl}/api/disputes/routing/${community.id}`, { headers: { cookie: mediator } })
    const body = (await routing.json()) as { responsible: { officerId: string } | null }
    if (body.responsible?.officerId === me.user.scope.officerId) return community.id
  }
  throw new Error('demo.officer is the responsible officer of no grid in the seed')
}

let serial = 0
/** Submits a dispute as a citizen would (JSON), answering its id on the ledger and its status link. */
async function submit(applicant: { name: string; phone: string }, address: string) {
  const res = await postIntake(`e2e-41-${Date.now()}-${++serial}`, {
    category: 'neighbours',
    description: '楼上漏水，多次沟通没有结果。',
    communityId,
    address,
    applicant,
    preferredHandling: 'at_station',
    consent: true,
  })
  expect(res.status).toBe(201)
  const { reference, statusUrl } = (await res.json()) as { reference: string; statusUrl: string }
  const ledger = (await (await fetch(`${baseUrl}/api/disputes/ledger`, { headers: { cookie: mediator } })).json()) as {
    disputes: { id: string; reference: string }[]
  }
  const id = ledger.disputes.find((d) => d.reference === reference)?.id as string
  return { id, reference, statusUrl }
}

/** Submitted, triaged to demo.officer and closed by that officer with an agreement (terms typed in). */
async function closedWithAgreement(applicant: { name: string; phone: string }) {
  const dispute = await submit(applicant, `交道口北二条 ${++serial} 号`)
  const triaged = await fetch(`${baseUrl}/api/disputes/ledger/${dispute.id}/triage`, {
    method: 'POST',
    headers: json(mediator),
    body: JSON.stringify({ jurisdiction: 'police', complexity: 'simple' }),
  })
  expect(triaged.status).toBe(200)
  const closed = await fetch(`${baseUrl}/api/disputes/ledger/${dispute.id}/close`, {
    method: 'POST',
    headers: json(officer),
    body: JSON.stringify({ outcome: 'agreement', agreementTerms: '楼上住户十日内修好水管，赔偿楼下住户八百元。' }),
  })
  expect(closed.status).toBe(200)
  return dispute
}

/**
 * axe runs inside the page, so a page without JavaScript is checked by loading the same URL in a
 * page with it: the server-rendered pages carry no script, so both see the same document.
 */
async function axeOf(page: Page, javaScript: boolean): Promise<string[]> {
  if (javaScript) return accessibilityViolations(page)
  const twin = await phonePage(browser)
  await twin.goto(page.url())
  const violations = await accessibilityViolations(twin)
  await twin.context().close()
  return violations
}

async function answerSurvey(page: Page, statusUrl: string, name: string, javaScript: boolean) {
  await page.goto(`${baseUrl}${statusUrl}`)
  const survey = page.getByTestId('survey')
  await survey.waitFor()
  expect(await axeOf(page, javaScript)).toEqual([])
  await screenshot(page, `${name}-open`)
  await survey.getByLabel(/4 分/).check()
  await Promise.all([page.waitForURL(/survey=thanks/), survey.locator('button[type="submit"]').click()])
  expect(await survey.innerText()).toContain('谢谢您的评价')
  expect(await survey.locator('form').count()).toBe(0)
  expect(await axeOf(page, javaScript)).toEqual([])
  await screenshot(page, `${name}-thanks`)
}

describe('the satisfaction survey after closure', () => {
  it('with JavaScript on: the citizen rates once on the status page', async () => {
    const { statusUrl } = await closedWithAgreement({ name: '测试居民乙', phone: '13955556666' })
    const page = await phonePage(browser)
    await answerSurvey(page, statusUrl, 'qihe-survey-js', true)
    await page.context().close()
    const status = await fetch(`${baseUrl}${statusUrl}`, { headers: { accept: 'application/json' } })
    expect(await status.json()).toMatchObject({ state: 'closed', survey: 'answered' })
    const again = await fetch(`${baseUrl}${statusUrl}/survey`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ score: 1 }),
    })
    expect(again.status).toBe(422)
  })

  it('with JavaScript off: the same plain form post and the thank-you page', async () => {
    const { statusUrl } = await closedWithAgreement({ name: '测试居民丙', phone: '13955557777' })
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    await answerSurvey(await context.newPage(), statusUrl, 'qihe-survey-no-js', false)
    await context.close()
  })

  it('is not offered before closure', async () => {
    const { statusUrl } = await submit({ name: '测试居民丁', phone: '13955558888' }, '北新桥头条 3 号')
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}${statusUrl}`)
    await page.getByTestId('reference').waitFor()
    expect(await page.getByTestId('survey').count()).toBe(0)
    await page.context().close()
  })
})

describe('who is at the station today', () => {
  it('the intake app shows it by agency, without names', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/qihe/`)
    const today = page.getByTestId('today')
    await today.locator('li').first().waitFor()
    const text = await today.innerText()
    expect(text).toContain('今天谁在驿站')
    expect(text).toMatch(/公安|休息日/)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'qihe-today')
    await page.context().close()
  })

  it('the page without JavaScript shows it too', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/api/disputes/intake/form`)
    expect(await page.getByTestId('today').innerText()).toContain('今天谁在驿站')
    expect(await axeOf(page, false)).toEqual([])
    await screenshot(page, 'qihe-today-no-js')
    await context.close()
  })
})

describe('the printable mediation agreement', () => {
  it('the officer who holds the dispute opens it from the ledger, with the parties in full, print-ready', async () => {
    const { id, reference } = await closedWithAgreement({ name: '测试居民戊', phone: '13955559999' })
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/disputes`)
    await signInInBrowser(page, 'demo.officer')
    const card = page.locator(`li[data-reference="${reference}"]`)
    await card.waitFor()
    await Promise.all([
      page.waitForURL(new RegExp(`/desk/disputes/${id}/agreement`)),
      card.getByTestId('agreement-link').click(),
    ])
    const agreement = page.getByTestId('agreement')
    await agreement.waitFor()
    const text = await agreement.innerText()
    expect(text).toContain('调解协议书')
    expect(text).toContain('测试居民戊')
    expect(text).toContain('13955559999')
    expect(text).toContain('赔偿楼下住户八百元')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'desk-agreement')
    // On paper only the document: the app's header and the print button are hidden.
    await page.emulateMedia({ media: 'print' })
    expect(await page.getByTestId('print').isVisible()).toBe(false)
    expect(await agreement.isVisible()).toBe(true)
    await screenshot(page, 'desk-agreement-print')
    await page.context().close()
    // Each view is on the record; someone who does not hold it is refused.
    const refused = await fetch(`${baseUrl}/api/disputes/ledger/${id}/agreement`, {
      method: 'POST',
      headers: json(mediator),
    })
    expect(refused.status).toBe(422)
  })
})

describe('the Qihe Station view of the desk', () => {
  it('a mediator links a flagged duplicate with a reason, keeps both, and reads the roster and learning from types', async () => {
    const phone = '13955550001'
    await submit({ name: '测试居民己', phone }, '东四六条 8 号')
    const second = await submit({ name: '测试居民己', phone }, '东四六条 9 号')
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/desk/disputes`)
    await signInInBrowser(page, 'demo.mediator')
    const card = page.locator(`li[data-reference="${second.reference}"]`)
    await card.waitFor()
    expect(await card.getByTestId('duplicate').innerText()).toContain('可能与')
    await card.locator('summary', { hasText: '处理疑似重复' }).click()
    await card.getByLabel('理由').fill('同一户漏水，居民第二次提交')
    expect(await accessibilityViolations(page)).toEqual([])
    await card.getByTestId('duplicate-form').locator('button[type="submit"]').click()
    await expect.poll(() => card.getByTestId('duplicate').innerText(), { timeout: 10_000 }).toContain('已与')
    await screenshot(page, 'desk-duplicate-linked')

    await page.getByRole('link', { name: '驿站人员排班' }).click()
    await page.getByTestId('roster').waitFor()
    const rows = page.getByTestId('roster').locator('tbody tr')
    const before = await rows.count()
    expect(before).toBeGreaterThanOrEqual(13)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'desk-roster')
    // A judge of the court who comes on Thursdays joins the roster.
    const form = page.getByTestId('member-form-new')
    await form.getByLabel('姓名（中文）').fill('测试法官')
    await form.getByLabel('姓名（英文）').fill('Test Judge')
    await form.getByLabel('职务（中文）').fill('法官')
    await form.getByLabel('职务（英文）').fill('Judge')
    await form.getByLabel('单位').selectOption('court')
    await form.getByLabel('方式').selectOption('rotating')
    for (const day of ['周一', '周二', '周三', '周五']) await form.getByLabel(day, { exact: true }).uncheck()
    await form.locator('button[type="submit"]').click()
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(before + 1)
    expect(await page.getByTestId('roster').innerText()).toContain('测试法官')
    const today = (await (await fetch(`${baseUrl}/api/disputes/public/qihe/today`)).json()) as {
      week: { date: string; agencies: string[] }[]
    }
    expect(JSON.stringify(today)).not.toContain('测试法官')

    await page.getByRole('link', { name: '类案分析' }).click()
    await page.getByTestId('per-community').waitFor()
    expect(await page.getByTestId('per-community').locator('tbody tr').count()).toBeGreaterThan(5)
    expect(await page.getByTestId('repeat-addresses').locator('li').count()).toBeGreaterThan(0)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'desk-insights')
    await page.context().close()
  })

  it('the public statistics list disputes per community, small counts suppressed', async () => {
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/qihe/figures`)
    const table = page.getByTestId('community-figures')
    await table.locator('tbody tr').first().waitFor()
    expect(await page.getByTestId('figures').innerText()).toMatch(/\d/)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'qihe-figures-communities')
    await page.context().close()
  })
})
