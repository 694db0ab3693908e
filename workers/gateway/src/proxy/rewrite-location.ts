import type { Mount } from '../mounts'

/**
 * An app worker thinks it lives at `/`, so a redirect it sends (`Location: /about`) must be put
 * back under its mount (`/qihe/about`), or the browser would leave the app. Absolute URLs to
 * another origin and protocol-relative ones are left alone.
 */
export function rewriteLocation(location: string, mount: Mount, requestUrl: string): string {
  const origin = new URL(requestUrl).origin
  if (location.startsWith('/') && !location.startsWith('//')) return `${mount.prefix}${location}`
  try {
    const target = new URL(location)
    if (target.origin !== origin || target.pathname.startsWith(`${mount.prefix}/`)) return location
    return `${mount.prefix}${target.pathname}${target.search}${target.hash}`
  } catch {
    return location
  }
}
