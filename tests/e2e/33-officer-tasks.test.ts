import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations, baseUrl, launch, phonePage, screenshot } from './browser'
import { signInByApi, signInInBrowser } from './sign-in'

// The officer's task lists in Chromium: the daily reminder, a checklist task ticked off, and a
// count recorded without a connection that reaches the platform once, when the connection returns.

let browser: Browser
let page: Page
beforeAll(async () => {
  browser = await launch()
  page = await phonePage(browser)
  await page.goto(`${baseUrl}/desk/today`)
  await signInInBrowser(page, 'demo.officer')
  await page.waitForURL((url) => url.pathname === '/desk/today')
})
afterAll(async () => {
  await browser?.close()
})

type Item = { id: string; title: { zh: string }; done: number; target: number; status: string }

async function tasks(period: string): Promise<Item[]> {
  const cookie = await signInByApi('demo.officer')
  const res = await fetch(`${baseUrl}/api/officers/me/tasks?period=${period}`, { headers: { cookie } })
  expect(res.status).toBe(200)
  return ((await res.json()) as { items: Item[] }).items
}

describe("an officer's tasks in Chromium", () => {
  it('Today lists what is due and overdue, and the timer starts with one tap', async () => {
    await expect.poll(() => page.locator('#today-due').count(), { timeout: 15_000 }).toBe(1)
    expect(await page.locator('#today-overdue').count()).toBe(1)
    expect(await page.locator('#today-meetings').count()).toBe(1)
    expect(await page.locator('#today-disputes').count()).toBe(1)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'officer-today')
    await page.getByRole('button', { name: '开始进社区' }).click()
    await expect.poll(() => page.locator('.timer__running').innerText()).toContain('开始')
    expect(await page.getByLabel('警格').count()).toBe(1)
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: '取消计时' }).click()
    await expect.poll(() => page.getByRole('button', { name: '开始进社区' }).count()).toBe(1)
  })

  it('a checklist task is done once every item is ticked', async () => {
    await page.goto(`${baseUrl}/desk/tasks?period=month`)
    const card = page.locator('.task-card[data-state="open"]:has(fieldset)').first()
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1)
    const title = await card.locator('h3').innerText()
    const boxes = card.locator('input[type="checkbox"]')
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check()
    const target = (await tasks('month')).find((item) => item.title.zh === title)?.target ?? 1
    await card.getByLabel(/已完成数量/).fill(String(target))
    await card.getByRole('button', { name: `保存进度：${title}` }).click()
    const done = page.locator('.task-card', { has: page.locator('h3', { hasText: title }) }).first()
    await expect.poll(() => done.getAttribute('data-state'), { timeout: 15_000 }).toBe('done')
    expect(await done.innerText()).toContain('已完成')
    expect(await page.locator('#tasks-saved').innerText()).toContain(`已保存“${title}”的进度`)
    expect((await tasks('month')).find((item) => item.title.zh === title)?.status).toBe('done')
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'officer-task-checklist-done')
  })

  it('a count recorded offline is sent once when the connection returns', async () => {
    await page.goto(`${baseUrl}/desk/tasks?period=week`)
    const card = page.locator('.task-card[data-state]:has(input[name="done"]):not(:has(fieldset))').first()
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1)
    const title = await card.locator('h3').innerText()
    const before = (await tasks('week')).find((item) => item.title.zh === title)
    if (!before) throw new Error(`the API does not list ${title}`)

    await page.context().setOffline(true)
    await card.getByLabel(/已完成数量/).fill(String(before.done + 1))
    await card.getByLabel('完成情况说明').fill('走访新迁入住户')
    await card.getByRole('button', { name: `保存进度：${title}` }).click()
    await expect.poll(() => card.locator('.form-message').innerText()).toContain('没有网络：已保存在本机')
    const outbox = page.locator('.outbox')
    await expect.poll(() => outbox.locator('#outbox-count').innerText()).toBe('1 条待发送')
    expect(await outbox.innerText()).toContain(`任务完成 · ${title}`)
    expect(await accessibilityViolations(page)).toEqual([])
    await screenshot(page, 'officer-task-offline')
    expect((await tasks('week')).find((item) => item.id === before.id)?.done).toBe(before.done)

    await page.context().setOffline(false)
    await expect.poll(() => outbox.count(), { timeout: 20_000 }).toBe(0)
    expect((await tasks('week')).find((item) => item.id === before.id)?.done).toBe(before.done + 1)
    await expect
      .poll(() =>
        page
          .locator('.task-card', { has: page.locator('h3', { hasText: title }) })
          .first()
          .innerText(),
      )
      .toContain(`已完成 ${before.done + 1} / ${before.target}`)
  })
})
