import type { Mount } from '../mounts'

/**
 * The request a mount's worker receives: an app's asset worker serves from `/`, so its prefix
 * is stripped (`/qihe/assets/x.js` → `/assets/x.js`); an API keeps the path unchanged. The
 * request id goes along so the downstream logs line up with the gateway's, and redirects come
 * back to the gateway (and the browser) instead of being followed here.
 */
export function downstreamRequest(
  incoming: Request,
  mount: Mount,
  requestId: { header: string; value: string },
  signal: AbortSignal,
): Request {
  const url = new URL(incoming.url)
  if (mount.kind === 'app') url.pathname = url.pathname.slice(mount.prefix.length) || '/'
  const headers = new Headers(incoming.headers)
  headers.set(requestId.header, requestId.value)
  return new Request(url, { method: incoming.method, headers, body: incoming.body, redirect: 'manual', signal })
}
