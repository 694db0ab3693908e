import { LANG_COOKIE } from '../i18n'
import type { Mount } from '../mounts'

/**
 * Cookies the platform owns: an app may read `lang` in the browser but not set it for the
 * whole site, and nothing from an app may shadow the session. `__Host-` cookies must have
 * `Path=/`, which an app never gets.
 */
const isPlatformCookie = (name: string) => name === LANG_COOKIE || name.startsWith('__Host-')

/** `Path=/x` under `/qihe` becomes `Path=/qihe/x`; a missing or root path becomes `Path=/qihe`. */
function scopedPath(mount: Mount, path: string | undefined): string {
  if (!path || path === '/' || !path.startsWith('/')) return mount.prefix
  return `${mount.prefix}${path}`
}

/** One `Set-Cookie` value kept under the app's mount, or null when an app may not set it. */
export function scopeCookie(mount: Mount, setCookie: string): string | null {
  const [pair = '', ...attributes] = setCookie.split(';').map((part) => part.trim())
  const name = pair.slice(0, pair.indexOf('=')).trim()
  if (!name || isPlatformCookie(name)) return null
  const kept = attributes.filter((attribute) => !/^(domain|path)=/i.test(attribute))
  const path = attributes.find((attribute) => /^path=/i.test(attribute))?.slice('path='.length)
  return [pair, `Path=${scopedPath(mount, path)}`, ...kept].join('; ')
}

/**
 * Cookies an app worker sets are scoped to its mount: the path is put under the prefix and any
 * `Domain` is dropped, so one app's cookies never reach another app or the gateway, and an app
 * cannot set the platform's own cookies (session, language). Staff APIs set none today; their
 * `Set-Cookie` passes unchanged (they speak for the whole `/api/<name>` path already).
 */
export function scopeAppCookies(mount: Mount, response: Response): void {
  if (mount.kind !== 'app') return
  const cookies = response.headers.getSetCookie()
  if (cookies.length === 0) return
  response.headers.delete('Set-Cookie')
  for (const cookie of cookies) {
    const scoped = scopeCookie(mount, cookie)
    if (scoped) response.headers.append('Set-Cookie', scoped)
  }
}
