import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

export const baseUrl = process.env.PLATFORM_URL ?? 'http://127.0.0.1:8787'
export const screenshotDir = new URL('./screenshots/', import.meta.url).pathname

// Without the background-networking flags Chromium keeps dialling hosts this machine cannot reach.
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags })
}

/** A phone-sized page: citizens come to the Qihe Station from their phones. */
export async function phonePage(browser: Browser, lang?: 'zh-CN' | 'en'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
  })
  if (lang) await context.addCookies([{ name: 'lang', value: lang, url: baseUrl }])
  const page = await context.newPage()
  page.on('pageerror', (err) => {
    throw err
  })
  return page
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
}

// Evaluated through the DevTools protocol, which the pages' strict CSP does not govern.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }

/** WCAG 2.x A/AA violations on the page as it is now (axe-core injected into the page). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
    const axe = (window as any).axe
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })
    return result.violations as AxeViolation[]
  })
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}
