import type { Mount } from '../mounts'
import { APP_VERSION_HEADER } from '../observability/platform-version'

/** Says an answer is a kept copy, not the app's own answer (`last-good-shell` or `last-good-asset`). */
export const FALLBACK_HEADER = 'X-Fallback'
/** When the kept copy was stored, so whoever reads a report knows how old it was. */
export const KEPT_AT_HEADER = 'X-Fallback-Kept-At'

const CACHE_NAME = 'last-good'
/** Keys live on a name no request can reach; only the gateway reads this cache. */
const KEY_ORIGIN = 'https://last-good.gateway.invalid'
/** A shell older than this is not worth showing; the hashed assets it names would be gone too. */
const KEEP_SECONDS = 30 * 24 * 60 * 60
/** Per isolate: a shell is stored again at most this often, so page views do not each write. */
const SHELL_REFRESH_MS = 60_000

const isHtml = (response: Response) => (response.headers.get('Content-Type') ?? '').toLowerCase().includes('text/html')

/** `/qihe/assets/index-Bx7.js`: a hashed build file, the same bytes for as long as its name lives. */
export const isHashedAsset = (mount: Mount, path: string) => path.startsWith(`${mount.prefix}/assets/`)

/**
 * What a GET is for: a page (the app's shell answers every page path of a single-page app) or a
 * hashed asset. Anything else (a redirect target, a file outside /assets) is never kept.
 */
export function keptAs(mount: Mount, path: string): 'shell' | 'asset' | null {
  if (mount.kind !== 'app' || mount.fallback !== 'last-good-shell') return null
  if (isHashedAsset(mount, path)) return 'asset'
  const last = path.slice(path.lastIndexOf('/') + 1)
  return last.includes('.') ? null : 'shell'
}

const keyOf = (mount: Mount, what: 'shell' | 'asset', path: string) =>
  new Request(what === 'shell' ? `${KEY_ORIGIN}${mount.prefix}/` : `${KEY_ORIGIN}${path}`)

const storedAt = new Map<string, number>()

/**
 * Keeps a copy of a good answer: a 200 HTML shell per mount (one entry, replaced as builds
 * change) and each 200 non-HTML hashed asset under its own path. Never a redirect, an error, a
 * page that is not HTML or an asset that is (a single-page app answers a missing asset with
 * its shell). Only the body, type and app version are kept: no cookie, request id or other
 * per-request header. Runs after the answer is sent (`waitUntil`).
 */
export function keepLastGood(
  ctx: Pick<ExecutionContext, 'waitUntil'>,
  mount: Mount,
  request: Request,
  answer: Response,
): void {
  if (request.method !== 'GET' || answer.status !== 200) return
  const path = new URL(request.url).pathname
  const what = keptAs(mount, path)
  if (!what || (what === 'shell') !== isHtml(answer)) return
  const key = keyOf(mount, what, path)
  const last = storedAt.get(key.url)
  if (last !== undefined && (what === 'asset' || Date.now() - last < SHELL_REFRESH_MS)) return
  storedAt.set(key.url, Date.now())
  const headers = new Headers({
    'Content-Type': answer.headers.get('Content-Type') ?? 'application/octet-stream',
    'Cache-Control': `public, max-age=${KEEP_SECONDS}`,
    [KEPT_AT_HEADER]: new Date().toISOString(),
  })
  const version = answer.headers.get(APP_VERSION_HEADER)
  if (version) headers.set(APP_VERSION_HEADER, version)
  const copy = new Response(answer.clone().body, { status: 200, headers })
  ctx.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.put(key, copy))
      .catch(() => storedAt.delete(key.url)),
  )
}

/**
 * The kept copy for a request to a failed app mount, marked as a fallback, or null when there
 * is none (or the request is not a GET of a page or hashed asset). A failing cache is no copy.
 */
export async function recallLastGood(mount: Mount, request: Request): Promise<Response | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const path = new URL(request.url).pathname
  const what = keptAs(mount, path)
  if (!what) return null
  try {
    const kept = await (await caches.open(CACHE_NAME)).match(keyOf(mount, what, path))
    if (!kept) return null
    const answer = new Response(request.method === 'HEAD' ? null : kept.body, kept)
    answer.headers.set(FALLBACK_HEADER, `last-good-${what}`)
    answer.headers.delete('Cache-Control')
    return answer
  } catch {
    return null
  }
}
