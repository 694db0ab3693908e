import { ACTOR_HEADER } from '@platform/auth'
import { SESSION_COOKIE } from '../identity/sessions/session-cookie'
import { VERSION_KEY_HEADER, VERSION_OVERRIDES_HEADER } from '../middleware/version-affinity'
import type { Mount } from '../mounts'
import { withoutCookie } from './without-cookie'

/**
 * The request a mount's worker receives: an app's asset worker serves from `/`, so its prefix
 * is stripped (`/qihe/assets/x.js` → `/assets/x.js`); an API keeps the path unchanged. The
 * request id goes along so the downstream logs line up with the gateway's, and redirects come
 * back to the gateway (and the browser) instead of being followed here.
 *
 * Trust zones: an actor assertion from the client is always dropped (only the gateway signs
 * one, `assertion`); a public-zone mount gets no cookies at all, so it never sees a staff
 * session; an API gets every cookie but the session's (it trusts the assertion, not the token).
 * Every mount gets the browser's version-affinity key, so a gradual deployment serves it one version.
 */
export function downstreamRequest(
  incoming: Request,
  mount: Mount,
  requestId: { header: string; value: string },
  signal: AbortSignal,
  assertion: string | null = null,
  versionKey: string | null = null,
): Request {
  const url = new URL(incoming.url)
  if (mount.kind === 'app') url.pathname = url.pathname.slice(mount.prefix.length) || '/'
  const headers = new Headers(incoming.headers)
  // An app's page reaches the browser with the platform header written in (../shell), so the
  // app's validators do not describe what the browser holds: a 304 would bring back a page in
  // the old language or of the previous user. Pages are always sent whole; hashed assets keep
  // their conditional requests.
  if (mount.kind === 'app' && !url.pathname.startsWith('/assets/')) {
    headers.delete('If-None-Match')
    headers.delete('If-Modified-Since')
  }
  headers.set(requestId.header, requestId.value)
  headers.delete(ACTOR_HEADER)
  // Version affinity (../middleware/version-affinity): the gateway's key, never the client's.
  headers.delete(VERSION_OVERRIDES_HEADER)
  if (versionKey) headers.set(VERSION_KEY_HEADER, versionKey)
  else headers.delete(VERSION_KEY_HEADER)
  if (mount.zone === 'public') headers.delete('Cookie')
  else if (mount.kind === 'api') {
    const cookies = withoutCookie(headers.get('Cookie'), SESSION_COOKIE)
    if (cookies) headers.set('Cookie', cookies)
    else headers.delete('Cookie')
  }
  if (assertion && mount.zone === 'staff' && mount.kind === 'api') headers.set(ACTOR_HEADER, assertion)
  return new Request(url, { method: incoming.method, headers, body: incoming.body, redirect: 'manual', signal })
}
