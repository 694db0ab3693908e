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
  fetchAsset?: AssetFetcher,
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
  const scan = what === 'shell' && fetchAsset ? answer.clone() : null
  ctx.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.put(key, copy))
      .catch(() => storedAt.delete(key.url))
      .then(() => (scan && fetchAsset ? keepReferencedAssets(mount, scan, fetchAsset) : undefined)),
  )
}

/** Asks the app worker for one of its files (`/assets/x.js`, as the app sees it), time-boxed by the caller. */
export type AssetFetcher = (appPath: string) => Promise<Response>

/** `assets/index-Bx7.js` as the HTML (`/qihe/assets/…`) and the chunks (`assets/…`) name their files. */
const ASSET_REFERENCE = /assets\/([\w.-]+\.(?:m?js|css|woff2?|svg|png|jpe?g|webp|avif|ico|json))/g
/** Files a build names are few; this bounds the work one kept shell can cause. */
const MAX_REFERENCED_ASSETS = 200

/**
 * Version skew: the shell just kept names the build's entry script, styles and preloads, and
 * those name the lazy chunks. All of them are fetched from the app now and kept beside the shell
 * (each once per isolate), so when this build is replaced, or the app fails, a page of this build
 * still finds every file it can ask for — not only the ones some browser happened to load here.
 */
async function keepReferencedAssets(mount: Mount, shell: Response, fetchAsset: AssetFetcher): Promise<void> {
  const seen = new Set<string>()
  const queue = [await shell.text()]
  const cache = await caches.open(CACHE_NAME)
  while (queue.length > 0 && seen.size < MAX_REFERENCED_ASSETS) {
    const text = queue.shift() ?? ''
    for (const [, file] of text.matchAll(ASSET_REFERENCE)) {
      if (!file || seen.has(file) || seen.size >= MAX_REFERENCED_ASSETS) continue
      seen.add(file)
      const path = `${mount.prefix}/assets/${file}`
      const key = keyOf(mount, 'asset', path)
      if (storedAt.has(key.url)) continue
      try {
        const answer = await fetchAsset(`/assets/${file}`)
        if (answer.status !== 200 || isHtml(answer)) {
          await answer.body?.cancel()
          continue
        }
        const type = answer.headers.get('Content-Type') ?? 'application/octet-stream'
        const body = await answer.arrayBuffer()
        if (/javascript|css/.test(type)) queue.push(new TextDecoder().decode(body))
        const headers = new Headers({
          'Content-Type': type,
          'Cache-Control': `public, max-age=${KEEP_SECONDS}`,
          [KEPT_AT_HEADER]: new Date().toISOString(),
        })
        const version = answer.headers.get(APP_VERSION_HEADER)
        if (version) headers.set(APP_VERSION_HEADER, version)
        storedAt.set(key.url, Date.now())
        await cache.put(key, new Response(body, { status: 200, headers }))
      } catch {
        // One file the app could not give now; the next kept shell tries again.
        storedAt.delete(key.url)
      }
    }
  }
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
