import {
  type HeaderUser,
  renderPlatformHeader,
  SHELL_CSS_PATH,
  type SwitcherApp,
  scriptHash,
  speculationRules,
} from '@platform/pages'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { localeOf } from '../i18n'
import { sessionUserOf } from '../identity/accounts/account-view'
import { activeSession } from '../identity/sessions/current-session'
import { languageSwitch } from '../middleware/language-switch'
import { type Mount, matchMount } from '../mounts'
import { keptAs } from './last-good'

/** Where an app's index.html wants the platform header: `<div id="platform-header"></div>`. */
export const HEADER_PLACEHOLDER = '#platform-header'

const isHtml = (response: Response) => (response.headers.get('Content-Type') ?? '').toLowerCase().includes('text/html')

const staffApps = (mounts: readonly Mount[]) => mounts.filter((m) => m.kind === 'app' && m.zone === 'staff')

/** The speculation rules a staff app's pages carry: the other staff apps' entry pages. */
const rulesFor = (mounts: readonly Mount[], current: Mount) =>
  speculationRules(
    staffApps(mounts)
      .filter((m) => m.prefix !== current.prefix)
      .map((m) => `${m.prefix}/`)
      .sort(),
  )

/**
 * The hashes of every speculation-rules script the gateway writes (one per staff app), for the
 * staff CSP: the script is inline, so `script-src 'self'` alone would block it.
 */
export function speculationRuleHashes(mounts: readonly Mount[]): Promise<string[]> {
  return Promise.all(staffApps(mounts).map((m) => scriptHash(rulesFor(mounts, m))))
}

/** The app switcher's entries: every app mount, in the manifest's order of apps, this one marked. */
const switcherApps = (mounts: readonly Mount[], current: Mount): SwitcherApp[] =>
  mounts
    .filter((m) => m.kind === 'app')
    .sort((a, b) => a.prefix.localeCompare(b.prefix))
    .map((m) => ({ prefix: m.prefix, current: m.prefix === current.prefix }))

function headerUser(user: ReturnType<typeof sessionUserOf>): HeaderUser {
  return { username: user.username, displayName: user.displayName, roles: user.roles, scopeLevel: user.scope.level }
}

/**
 * The shared shell: every app page (a 200 HTML answer of an app mount, the app's own or its kept
 * copy) gets the platform header streamed in at its placeholder, and the header's stylesheet in
 * its head, with HTMLRewriter (no buffering). The public zone gets the public header only: no
 * session is even looked up, so no staff part can appear there. Staff pages get the app switcher,
 * the user menu and the speculation rules; being personal, they are `private` to the browser.
 * `?lang=` on an app page stores the language and comes back (the header's links, no script
 * needed). The kept copies stay the app's own HTML: the header is added on the way out.
 */
export const platformShell = (mounts: readonly Mount[]): MiddlewareHandler<AppEnv> => {
  const switchLanguage = languageSwitch()
  return async function platformShell(c, next) {
    const mount = matchMount(mounts, c.req.path)
    if (mount?.kind !== 'app') return next()
    const isPage = c.req.method === 'GET' && keptAs({ ...mount, fallback: 'last-good-shell' }, c.req.path) === 'shell'
    if (isPage && c.req.query('lang') !== undefined) return switchLanguage(c, next)
    await next()
    if (!isPage || c.res.status !== 200 || !isHtml(c.res)) return
    const locale = localeOf(c)
    let header: string
    let head = `<link rel="stylesheet" href="${SHELL_CSS_PATH}">`
    if (mount.zone === 'staff') {
      const session = await activeSession(c)
      header = renderPlatformHeader({
        locale,
        languageBase: '',
        apps: switcherApps(mounts, mount),
        user: session ? headerUser(sessionUserOf(session.account)) : undefined,
      })
      head += `<script type="speculationrules">${rulesFor(mounts, mount)}</script>`
    } else {
      header = renderPlatformHeader({ locale, languageBase: '' })
    }
    const response = new HTMLRewriter()
      .on('head', { element: (el) => void el.append(head, { html: true }) })
      .on(HEADER_PLACEHOLDER, { element: (el) => void el.replace(header, { html: true }) })
      .on('html', { element: (el) => void el.setAttribute('lang', locale) })
      .transform(c.res)
    c.res = undefined
    c.res = new Response(response.body, response)
    // The app's validators name the app's bytes, not these (../proxy/downstream-request).
    for (const name of ['Content-Length', 'ETag', 'Last-Modified']) c.res.headers.delete(name)
    if (mount.zone === 'staff') c.res.headers.set('Cache-Control', 'private, no-cache')
  }
}
