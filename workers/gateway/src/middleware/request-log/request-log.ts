import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../app-env'
import { logLine } from '../../errors/log'
import { type Mount, matchMount } from '../../mounts'
import { loggablePath } from '../../observability/loggable-path'
import { APP_VERSION_HEADER, platformVersion, WORKER_VERSION_HEADER } from '../../observability/platform-version'
import { FALLBACK_HEADER } from '../../shell'

/**
 * One JSON line per request, written when the answer is ready (after `onError`, so failures show
 * with the status the client got): request id, mount and trust zone (`gateway` for the
 * gateway's own paths), method, path with anything that could be personal masked and no query
 * string, status, duration, the gateway's version and the one the app or domain worker named.
 * Never cookies, headers, bodies or who is signed in: the request id leads to the identity
 * events when someone needs to know.
 */
export const requestLog = (mounts: readonly Mount[]): MiddlewareHandler<AppEnv> =>
  async function requestLog(c, next) {
    const started = Date.now()
    await next()
    const mount = matchMount(mounts, c.req.path)
    const version = platformVersion(c.env)
    const upstreamVersion = c.res.headers.get(APP_VERSION_HEADER) ?? c.res.headers.get(WORKER_VERSION_HEADER)
    logLine('info', {
      event: 'request',
      requestId: c.get('requestId'),
      mount: mount?.prefix ?? 'gateway',
      zone: mount?.zone ?? 'gateway',
      method: c.req.method,
      path: loggablePath(c.req.path),
      status: c.res.status,
      durationMs: Date.now() - started,
      version: version.id,
      ...(version.tag && { versionTag: version.tag }),
      ...(upstreamVersion && { upstreamVersion: upstreamVersion.slice(0, 64) }),
      ...(c.res.headers.has(FALLBACK_HEADER) && { fallback: c.res.headers.get(FALLBACK_HEADER) }),
    })
  }
