import type { Handler } from 'hono'
import type { AppEnv } from '../app-env'
import { REQUEST_ID_HEADER } from '../constants'
import { type Mount, matchMount } from '../mounts'
import { isHashedAsset, keepLastGood, recallLastGood } from '../shell'
import { actorAssertion } from './actor-assertion'
import { applyCachePolicy } from './cache-policy'
import { callUpstream } from './call-upstream'
import { downstreamRequest } from './downstream-request'
import { rewriteLocation } from './rewrite-location'
import { scopeAppCookies } from './scope-app-cookies'

class Answered5xx extends Error {
  constructor(status: number) {
    super(`The worker answered ${status}`)
    this.name = 'Answered5xx'
  }
}

/**
 * A domain worker's 5xx in JSON is already in the platform's error shape (server-kit) and passes
 * through. Anything else (an app's 5xx, a runtime error page) could show internals and is not a
 * page to show: it becomes the mount's 502.
 */
const isShownAsIs = (mount: Mount, answer: Response) =>
  mount.kind === 'api' && (answer.headers.get('Content-Type') ?? '').includes('application/json')

/**
 * Version skew: a page of the previous build asks for a hashed file the new build no longer has
 * (the asset worker answers 404, or its shell under single-page-app handling). The kept copy
 * from when the previous build served it answers instead (../shell), so the page keeps working.
 */
async function previousBuildAsset(mount: Mount, request: Request, upstream: Response): Promise<Response | null> {
  if (mount.kind !== 'app' || !isHashedAsset(mount, new URL(request.url).pathname)) return null
  const isHtml = (upstream.headers.get('Content-Type') ?? '').toLowerCase().includes('text/html')
  if (upstream.status !== 404 && !(upstream.status === 200 && isHtml)) return null
  const kept = await recallLastGood(mount, request)
  if (kept) {
    await upstream.body?.cancel()
    applyCachePolicy(mount, new URL(request.url).pathname, kept)
  }
  return kept
}

/**
 * Sends a request to the mount that owns its path (longest prefix wins); paths no mount owns
 * fall through to the not-found answer. A staff API call carries the actor assertion of the
 * signed-in session, if any (./actor-assertion; zones in ./downstream-request). `/qihe` becomes
 * `/qihe/` so the app's relative asset paths resolve under its mount. An app's answer gets its
 * cookies scoped to the mount (./scope-app-cookies), the platform's caching (./cache-policy),
 * and a good shell or hashed asset is kept as the mount's
 * fallback (../shell).
 */
export const forwardToMount =
  (mounts: readonly Mount[]): Handler<AppEnv> =>
  async (c) => {
    const mount = matchMount(mounts, c.req.path)
    if (!mount) return c.notFound()
    if (mount.kind === 'app' && c.req.path === mount.prefix) {
      const url = new URL(c.req.url)
      return c.redirect(`${mount.prefix}/${url.search}`, 308)
    }
    // Looked up before the call: the session check is the gateway's time, not the worker's.
    const assertion = mount.zone === 'staff' && mount.kind === 'api' ? await actorAssertion(c) : null
    const upstream = await callUpstream(mount, async (signal) => {
      const requestId = { header: REQUEST_ID_HEADER, value: c.get('requestId') }
      const answer = await c.env[mount.binding].fetch(
        downstreamRequest(c.req.raw, mount, requestId, signal, assertion, c.get('versionKey') ?? null),
      )
      if (answer.status >= 500 && !isShownAsIs(mount, answer)) {
        await answer.body?.cancel()
        throw new Answered5xx(answer.status)
      }
      return answer
    })
    const previous = await previousBuildAsset(mount, c.req.raw, upstream)
    if (previous) return previous
    // A copy with mutable headers, so the gateway's middleware can add its own.
    const response = new Response(upstream.body, upstream)
    const location = response.headers.get('Location')
    if (mount.kind === 'app' && location) response.headers.set('Location', rewriteLocation(location, mount, c.req.url))
    scopeAppCookies(mount, response)
    applyCachePolicy(mount, c.req.path, response)
    // The files a kept shell names are fetched and kept with it (version skew, ../shell).
    const fetchAsset = (appPath: string) =>
      callUpstream(mount, (signal) =>
        c.env[mount.binding].fetch(new Request(new URL(appPath, c.req.url), { signal, redirect: 'manual' })),
      )
    keepLastGood(c.executionCtx, mount, c.req.raw, response, fetchAsset)
    return response
  }
