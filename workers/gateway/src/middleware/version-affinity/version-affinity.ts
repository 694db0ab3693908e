import type { MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../../app-env'
import { type Mount, matchMount } from '../../mounts'

/** The browser's version-affinity key: random, opaque, meaningless outside this purpose. */
export const VERSION_KEY_COOKIE = '__Host-version-key'
/** Cloudflare routes every request with the same key to the same version of a worker during a gradual deployment. */
export const VERSION_KEY_HEADER = 'Cloudflare-Workers-Version-Key'
/** Pins a request to a named version; only the platform's operators set it, never a browser through the gateway. */
export const VERSION_OVERRIDES_HEADER = 'Cloudflare-Workers-Version-Overrides'

/** A day: long enough for any roll-out step, short enough not to become an identifier. */
const KEY_MAX_AGE_SECONDS = 24 * 60 * 60
const WELL_FORMED = /^[A-Za-z0-9_-]{22}$/

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

/**
 * Version affinity for gradual deployments. While two versions of an app or domain worker serve
 * traffic, Cloudflare picks one per request, so a page of the old build could get the new
 * build's answer for its next chunk or call. The gateway gives each browser a random key (a
 * cookie of its own, HttpOnly, one day, never forwarded to the public zone) and sends it as
 * `Cloudflare-Workers-Version-Key` on every service-binding subrequest (../../proxy), so all of a
 * browser's requests land on the same version of each worker for the whole roll-out. The cookie
 * is set on app pages only (a 200 HTML answer to a GET under an app mount: what loads the
 * chunks), so no asset, API or gateway page answer carries it. A key or
 * version override sent by the client is never passed on.
 */
export const versionAffinity = (mounts: readonly Mount[]): MiddlewareHandler<AppEnv> =>
  async function versionAffinity(c, next) {
    const kept = getCookie(c, VERSION_KEY_COOKIE)
    const key = kept && WELL_FORMED.test(kept) ? kept : newKey()
    c.set('versionKey', key)
    await next()
    if (key === kept || c.req.method !== 'GET' || c.res.status !== 200) return
    if (matchMount(mounts, c.req.path)?.kind !== 'app') return
    if (!(c.res.headers.get('Content-Type') ?? '').includes('text/html')) return
    // Headers of a proxied answer are mutable (the proxy copies it); a gateway page's are too.
    setCookie(c, VERSION_KEY_COOKIE, key, {
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
      maxAge: KEY_MAX_AGE_SECONDS,
    })
  }
