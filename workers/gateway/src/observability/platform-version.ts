/** Headers that name the build that served an answer. */
export const PLATFORM_VERSION_HEADER = 'X-Platform-Version'
/**
 * An app or domain worker may name its own build in this header (an app's `_headers` file, a
 * worker's middleware); the gateway passes it on and records it in the request's log line.
 */
export const APP_VERSION_HEADER = 'X-App-Version'
export const WORKER_VERSION_HEADER = 'X-Worker-Version'

export type PlatformVersion = { id: string; tag: string; timestamp: string }

const UNKNOWN: PlatformVersion = { id: 'unknown', tag: '', timestamp: '' }

/**
 * The gateway's build, from the Version Metadata binding (root wrangler.toml): the version id
 * Cloudflare gives each upload, its tag (`wrangler versions upload --tag`, e.g. the git commit)
 * and the upload time. `wrangler dev` and the tests give a fresh id per process.
 */
export function platformVersion(env: Partial<Pick<Env, 'CF_VERSION_METADATA'>>): PlatformVersion {
  const metadata = env.CF_VERSION_METADATA
  if (!metadata?.id) return UNKNOWN
  return { id: metadata.id, tag: metadata.tag ?? '', timestamp: metadata.timestamp ?? '' }
}
