// Lighthouse 12.2.3 (the last release that runs on Node 20; 13 wants Node >= 22.19) with Debian's
// Chromium, mobile emulation (Lighthouse's default form factor), on the landing page and each
// app. Installed on first use into .tools/lighthouse with npm, like pnpm in scripts/lib/toolchain:
// it is a heavy tool only the benchmark needs, so it stays out of the workspace's dependencies.
// Staff apps need a session: one Chromium runs for all pages, the session cookie is put in its
// cookie jar (puppeteer-core, which Lighthouse ships) and Lighthouse attaches to it (--port), so
// the app's own requests carry the cookies the gateway sets, as a signed-in person's would.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { root, run, step } from '../lib/run.mjs'

export const LIGHTHOUSE_VERSION = '12.2.3'
const prefix = join(root, '.tools', 'lighthouse')
const cli = join(prefix, 'node_modules', 'lighthouse', 'cli', 'index.js')

export const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 0.95 }

/** The pages: the landing page, the public intake, and the staff apps with a signed-in session. */
export const pages = (cookies) => [
  { id: 'landing', label: 'Landing page', path: '/' },
  { id: 'qihe', label: 'Qihe intake app', path: '/qihe/' },
  { id: 'desk', label: 'Officer desk (officer)', path: '/desk/', cookie: cookies.officer },
  { id: 'board', label: 'Review board (auditor)', path: '/board/', cookie: cookies.auditor },
]

function ensureLighthouse() {
  if (existsSync(cli)) return
  step(`Installing lighthouse ${LIGHTHOUSE_VERSION} into .tools/lighthouse (npm)`)
  run('npm', [
    'install',
    '--prefix',
    prefix,
    '--no-save',
    '--no-audit',
    '--no-fund',
    '-E',
    `lighthouse@${LIGHTHOUSE_VERSION}`,
  ])
}

const FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'

const DEBUG_PORT = 9339

const puppeteer = () => createRequire(join(prefix, 'package.json'))('puppeteer-core')
const connect = () => puppeteer().connect({ browserURL: `http://127.0.0.1:${DEBUG_PORT}` })

/** A Chromium for all pages, with a debugging port for Lighthouse and puppeteer. */
async function startChromium(chromium, outDir) {
  const profile = join(outDir, 'profile')
  rmSync(profile, { recursive: true, force: true })
  const args = [
    ...FLAGS.split(' '),
    `--remote-debugging-port=${DEBUG_PORT}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ]
  const child = spawn(chromium, args, { stdio: 'ignore' })
  for (let i = 0; i < 100; i++) {
    try {
      await (await connect()).disconnect()
      return child
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  child.kill('SIGKILL')
  throw new Error(`Chromium did not open its debugging port ${DEBUG_PORT}`)
}

/**
 * Puts the page's session (or none) into the browser's cookie jar, then lets go of the browser:
 * puppeteer holds new tabs until it lets them run, and Lighthouse opens one while we wait for it.
 */
async function useSession(base, cookie) {
  const browser = await connect()
  try {
    const [tab] = await browser.pages()
    const existing = await tab.cookies(base)
    if (existing.length > 0) await tab.deleteCookie(...existing)
    if (!cookie) return
    const [name, ...rest] = cookie.split('=')
    await tab.setCookie({
      name,
      value: rest.join('='),
      url: `${base}/`,
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    })
  } finally {
    await browser.disconnect()
  }
}

/** Runs one page; returns its category scores and, per category under target, the failing audits. */
function audit({ base, page, outDir }) {
  const out = join(outDir, `${page.id}.json`)
  const args = [
    cli,
    `${base}${page.path}`,
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices',
    `--port=${DEBUG_PORT}`,
    '--disable-storage-reset',
    '--quiet',
  ]
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' })
  if (!existsSync(out))
    return {
      id: page.id,
      label: page.label,
      path: page.path,
      error: (result.stderr || result.stdout || '').slice(-400),
    }
  const report = JSON.parse(readFileSync(out, 'utf8'))
  const scores = {}
  const failing = {}
  for (const [id, target] of Object.entries(TARGETS)) {
    const category = report.categories[id]
    scores[id] = category?.score ?? null
    if ((category?.score ?? 0) >= target) continue
    failing[id] = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1)
      .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue ?? null }))
  }
  return {
    id: page.id,
    label: page.label,
    path: page.path,
    finalUrl: report.finalDisplayedUrl,
    scores,
    failing,
    runtimeError: report.runtimeError?.message ?? null,
  }
}

export async function lighthouseAll({ base, chromium, cookies, outDir }) {
  ensureLighthouse()
  mkdirSync(outDir, { recursive: true })
  const results = []
  const chromiumProcess = await startChromium(chromium, outDir)
  try {
    for (const page of pages(cookies)) {
      await useSession(base, page.cookie)
      results.push(audit({ base, page, outDir }))
    }
  } finally {
    chromiumProcess.kill('SIGKILL')
  }
  for (const r of results) {
    const shown = r.error
      ? `error: ${r.error}`
      : Object.entries(r.scores)
          .map(([k, v]) => `${k} ${Math.round((v ?? 0) * 100)}`)
          .join(', ')
    console.log(`  ${r.label.padEnd(30)} ${shown}`)
  }
  return { version: LIGHTHOUSE_VERSION, targets: TARGETS, results }
}
