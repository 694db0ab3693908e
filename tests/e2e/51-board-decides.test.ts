import { totp } from '@platform/auth'
import type { ExemptionCase, OfficerDeductions, Precedents, StationScores } from '@platform/contracts'
import { BOARD_DEMO_TOTP_SECRETS, DEMO_TOTP_SECRETS, generateDistrict } from '@platform/seed'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The review board decides an exemption case end to end in Chromium. The station head of the
// demo station files a case (API) for the officer with the most points deducted this quarter,
// declaring a tie with demo.board_member. That conflicted member opens the case: recused, the
// server refuses the vote (403). Three panel members vote from the keyboard, each signed in with
// the second factor (every board member has a demo account: packages/seed board-demo-accounts);
// the chair votes, the quorum (4 of the 5 eligible) is met, the chair closes it, and the
// officer's quarterly score and rank change, the adjustment shown on the case page, the decision
// record and the rankings. The precedent library then holds the case, anonymised.

const QUARTER = '2024-Q3'
const district = generateDistrict()
const accountOf = (username: string) => {
  const found = district.identity.account.find((a) => a.username === username)
  if (!found) throw new Error(`no ${username}`)
  return found
}
const usernameOfMember = (memberId: string) =>
  district.identity.account.find((a) => a.linkedTo.kind === 'boardMember' && a.linkedTo.id === memberId)?.username

let browser: Browser
let head = ''
let stationId = ''
let caseId = ''
let officerId = ''
let before = { score: 0, rank: 0, adjusted: 0 }
let voters: string[] = []

const api = async <T>(cookie: string, path: string, init: RequestInit = {}) => {
  const res = await fetch(`${baseUrl}${path}`, {
    ...init,
    headers: { cookie, 'content-type': 'application/json', ...(init.headers ?? {}) },
  })
  return { status: res.status, body: (await res.json()) as T }
}

/** Waits into a fresh 30 s TOTP step: the chair and demo.board_member signed in during the previous file. */
async function freshTotpWindow() {
  const secret = DEMO_TOTP_SECRETS.board_chair as string
  const now = await totp(secret)
  while ((await totp(secret)) === now) await new Promise((r) => setTimeout(r, 500))
}

async function openCaseAs(username: string): Promise<Page> {
  const page = await phonePage(browser)
  await page.goto(`${baseUrl}/board/cases/${caseId}`)
  await signInInBrowser(page, username)
  await page.locator('[data-testid="tally"]').waitFor()
  return page
}

async function voteByKeyboard(page: Page, reason: string) {
  for (const id of ['reason-lawfulDuty', 'reason-accidentOrForceMajeure', 'reason-noSeriousConsequence']) {
    await page.locator(`#${id}`).focus()
    await page.keyboard.type(reason)
  }
  await page.getByRole('button', { name: '提交投票' }).focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('您已就本案投票')
}

beforeAll(async () => {
  browser = await launch()
  head = await signInByApi('demo.station_head')
  stationId = accountOf('demo.station_head').stationId as string
  const scores = await api<StationScores>(head, `/api/assessments/scores?quarter=${QUARTER}&station=${stationId}`)
  expect(scores.status).toBe(200)
  // The lowest score with a deduction: an exemption lifts it past others, so the rank moves.
  const officer = [...scores.body.scores].filter((s) => s.deducted > 0).sort((a, b) => a.score - b.score)[0]
  if (!officer) throw new Error('no deduction in the demo station')
  officerId = officer.officerId
  before = { score: officer.score, rank: officer.rank, adjusted: officer.adjusted }
  const recorded = await api<OfficerDeductions>(
    head,
    `/api/assessments/officers/${officerId}/deductions?quarter=${QUARTER}`,
  )
  const conflicted = district.assessments.boardMember.find((m) => m.accountId === accountOf('demo.board_member').id)
  const filed = await api<ExemptionCase>(head, '/api/assessments/exemption-cases', {
    method: 'POST',
    headers: { 'Idempotency-Key': `e2e-51-${Date.now()}` },
    body: JSON.stringify({
      officerId,
      happenedOn: '2024-08-22',
      duty: '台风过境期间入户核查流动人口',
      facts: '台风红色预警，全市停工停课，当周入户核查与登记未能完成，次周补齐。',
      criteria: {
        lawfulDuty: '按周任务清单履行入户核查职责',
        accidentOrForceMajeure: '市防汛指挥部发布台风红色预警，属不可抗力',
        noSeriousConsequence: '次周补登完毕，未发生案事件',
      },
      deductions: recorded.body.deductions.map((d) => ({ itemCode: d.itemCode, points: d.points })),
      declaredTies: [{ memberId: conflicted?.id, kind: 'relative', note: '亲属关系' }],
    }),
  })
  expect(filed.status).toBe(201)
  caseId = filed.body.id
  const chairId = filed.body.panel.find((s) => s.role === 'chair')?.memberId
  voters = filed.body.panel
    .filter((s) => !s.recused && s.memberId !== chairId)
    .slice(0, 3)
    .map((s) => usernameOfMember(s.memberId))
    .filter((u): u is string => u !== undefined)
  expect(voters).toHaveLength(3)
  expect(filed.body.tally).toMatchObject({ eligible: 5, needed: 4, recused: 1 })
  await freshTotpWindow()
}, 120_000)

afterAll(async () => {
  await browser?.close()
})

describe('the review board decides an exemption case', () => {
  it('keeps the conflicted member out: recused on the page, the vote refused with 403', async () => {
    const page = await openCaseAs('demo.board_member')
    const recused = page.locator('[data-testid="recused"]')
    await expect.poll(() => recused.innerText()).toContain('您在本案中回避，不能投票')
    expect(await recused.innerText()).toContain('403')
    expect(await page.locator('#reason-lawfulDuty').count()).toBe(0)
    const refused = await page.evaluate(async (id) => {
      const res = await fetch(`/api/assessments/exemption-cases/${id}/votes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          outcome: 'exempt_full',
          reasons: { lawfulDuty: '是', accidentOrForceMajeure: '是', noSeriousConsequence: '是' },
        }),
      })
      return { status: res.status, body: await res.json() }
    }, caseId)
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'RECUSED' } } })
    await screenshot(page, 'board-51-recused-member')
    await page.context().close()
  })

  it('takes three members’ votes, each from the keyboard after the second factor', async () => {
    for (const [index, username] of voters.entries()) {
      expect(BOARD_DEMO_TOTP_SECRETS[username] ?? DEMO_TOTP_SECRETS.board_member).toBeTruthy()
      const page = await openCaseAs(username)
      await voteByKeyboard(page, '证据充分，符合条件。')
      expect(await page.locator('[data-testid="tally"]').innerText()).toContain(`已投 ${index + 1} 票`)
      if (index === 0) expect(await accessibilityViolations(page)).toEqual([])
      await page.context().close()
    }
  })

  it("lets the chair vote and close it once the quorum is met; the officer's score and rank change", async () => {
    const page = await openCaseAs('demo.board_chair')
    expect(await page.getByRole('button', { name: '结案并作出决定' }).isDisabled()).toBe(true)
    await voteByKeyboard(page, '同意免责。')
    await expect.poll(() => page.locator('[data-testid="tally"]').innerText()).toContain('已达到法定人数')
    await page
      .locator('#close-summary')
      .fill('委员会逐项审议三项认定条件，四名委员一致认为符合容错免责条件，决定全部免责。')
    const close = page.getByRole('button', { name: '结案并作出决定' })
    expect(await close.isDisabled()).toBe(false)
    await close.focus()
    await page.keyboard.press('Enter')
    // The decision record replaces the forms once the server has closed the case.
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('决定：全部免责')
    const after = await api<StationScores>(head, `/api/assessments/scores?quarter=${QUARTER}&station=${stationId}`)
    const now = after.body.scores.find((s) => s.officerId === officerId)
    expect(now?.score).toBeGreaterThan(before.score)
    expect(now?.rank).toBeLessThan(before.rank)
    expect(now?.adjusted).toBeGreaterThan(before.adjusted)
    // The case page states the new score and rank and the deductions restored as adjustments.
    await expect.poll(() => page.locator('[data-testid="officer-score"]').innerText()).toContain(`第 ${now?.rank} 名`)
    expect(await page.locator('body').innerText()).toMatch(/恢复 \d+ 分（2024-Q3）/)
    await expect.poll(() => page.locator('[data-testid="score-history"]').innerText()).toContain(`+${now?.adjusted}`)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'board-51-decided')

    // The rankings show the officer's new rank with the adjustment.
    await page.goto(`${baseUrl}/board/rankings?quarter=${QUARTER}&station=${stationId}`)
    const row = page.locator(`tr[data-officer="${officerId}"]`)
    await row.waitFor({ timeout: 15_000 })
    expect(await row.innerText()).toContain(`+${now?.adjusted}`)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'board-51-rankings')
    await page.context().close()
  })

  it('adds the decision to the anonymised precedent library', async () => {
    const found = await api<Precedents>(
      head,
      `/api/assessments/precedents?criterion=accidentOrForceMajeure&q=${encodeURIComponent('台风')}`,
    )
    expect(found.body.precedents.map((p) => p.outcome)).toContain('exempt_full')
    expect(JSON.stringify(found.body)).not.toContain(officerId)
    const page = await phonePage(browser)
    await page.goto(`${baseUrl}/board/precedents?q=${encodeURIComponent('台风')}`)
    await signInInBrowser(page, 'demo.station_head')
    await expect
      .poll(() => page.locator('[data-testid="precedents"]').innerText(), { timeout: 15_000 })
      .toContain('台风')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'board-51-precedents')
    await page.context().close()
  })
})
