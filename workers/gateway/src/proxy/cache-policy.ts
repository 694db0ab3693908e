import type { Mount } from '../mounts'
import { isHashedAsset } from '../shell'

/** A year, the longest `max-age` browsers honour: a hashed file never changes under its name. */
export const IMMUTABLE_SECONDS = 31_536_000

const isHtml = (response: Response) => (response.headers.get('Content-Type') ?? '').toLowerCase().includes('text/html')

/**
 * Caching of what an app worker answers, decided here rather than trusted from each build:
 * a hashed asset (`/qihe/assets/index-Bx7.js`) is kept for a year without revalidation; a
 * public app's by any cache, a staff app's by the browser only (`private`: its bundles are
 * behind the session, a shared cache must not hand them out). HTML is never cached without
 * asking (`no-cache`, set with the CSP by the security headers), so a new build is picked up
 * on the next load. An HTML answer under /assets (a single-page app's answer to a file it does
 * not have) is not an asset and gets no long life.
 */
export function applyCachePolicy(mount: Mount, path: string, response: Response): void {
  if (mount.kind !== 'app' || response.status !== 200 || isHtml(response)) return
  if (!isHashedAsset(mount, path)) return
  const audience = mount.zone === 'public' ? 'public' : 'private'
  response.headers.set('Cache-Control', `${audience}, max-age=${IMMUTABLE_SECONDS}, immutable`)
}
