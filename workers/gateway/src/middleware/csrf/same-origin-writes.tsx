import { IdentityErrorCode } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../app-env'
import { logLine } from '../../errors/log'
import { localeOf } from '../../i18n'
import { CsrfRefusedPage } from '../../pages/auth/csrf-refused-page'
import { renderPage } from '../../pages/render-page'

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** `none`: typed in the address bar or a bookmark, not sent by another site. */
const TRUSTED_SITES = new Set(['same-origin', 'none'])

const isFormPost = (c: Context) =>
  /application\/x-www-form-urlencoded|multipart\/form-data|text\/plain/i.test(c.req.header('Content-Type') ?? '')

/**
 * Where a browser says a request comes from. `Sec-Fetch-Site` decides when present: every
 * current browser sends it and a page cannot forge it. Only without it does `Origin` decide,
 * and then it must be this origin exactly. (Our own pages send `Referrer-Policy: no-referrer`,
 * under which Chromium sends `Origin: null` even for same-origin posts, so `Origin` alone
 * would refuse the platform's own forms; `Sec-Fetch-Site: same-origin` tells them apart.)
 */
function isCrossSite(c: Context): boolean {
  const site = c.req.header('Sec-Fetch-Site')
  if (site !== undefined) return !TRUSTED_SITES.has(site.toLowerCase())
  const origin = c.req.header('Origin')
  return origin !== undefined && origin !== new URL(c.req.url).origin
}

/**
 * CSRF defence for every state-changing request the gateway serves (its own pages and APIs and
 * every mount): a write a browser says came from another site is refused with 403
 * CSRF_REJECTED before anything acts on it, JSON bodies and form posts alike. A request with
 * neither header is not from a browser and passes (and SameSite=Lax keeps the session cookie
 * off cross-site posts in any case). No CORS headers are ever sent, so other origins cannot
 * read answers either.
 */
export const sameOriginWrites = (): MiddlewareHandler<AppEnv> =>
  async function sameOriginWrites(c, next) {
    if (!STATE_CHANGING.has(c.req.method) || !isCrossSite(c)) return next()
    logLine('warn', { event: 'csrf_rejected', requestId: c.get('requestId'), method: c.req.method, path: c.req.path })
    if (isFormPost(c) && !c.req.path.startsWith('/api/'))
      return renderPage(c, <CsrfRefusedPage locale={localeOf(c)} />, 403)
    return c.json(errorBody(IdentityErrorCode.csrfRejected, 'Cross-site request refused'), 403)
  }
