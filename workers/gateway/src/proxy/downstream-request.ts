import { ACTOR_HEADER } from '@platform/auth'
import { SESSION_COOKIE } from '../identity/sessions/session-cookie'
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
 */
export function downstreamRequest(
  incoming: Request,
  mount: Mount,
  requestId: { header: string; value: string },
  signal: AbortSignal,
  assertion: string | null = null,
): Request {
  const url = new URL(incoming.url)
  if (mount.kind === 'app') url.pathname = url.pathname.slice(mount.prefix.length) || '/'
  const headers = new Headers(incoming.headers)
  headers.set(requestId.header, requestId.value)
  headers.delete(ACTOR_HEADER)
  if (mount.zone === 'public') headers.delete('Cookie')
  else if (mount.kind === 'api') {
    const cookies = withoutCookie(headers.get('Cookie'), SESSION_COOKIE)
    if (cookies) headers.set('Cookie', cookies)
    else headers.delete('Cookie')
  }
  if (assertion && mount.zone === 'staff' && mount.kind === 'api') headers.set(ACTOR_HEADER, assertion)
  return new Request(url, { method: incoming.method, headers, body: incoming.body, redirect: 'manual', signal })
}
