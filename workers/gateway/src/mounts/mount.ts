/**
 * The service bindings a mount can name: every `Fetcher` of the generated `Env`, so the names
 * have one source (the root wrangler.toml) and a typo in the manifest is a type error.
 */
export type ServiceBinding = { [K in keyof Env]-?: Env[K] extends Fetcher ? K : never }[keyof Env] & string

/**
 * One entry of the mount table.
 * - `zone`: the trust zone of what is behind it. A public-zone mount never sees a staff session
 *   (architecture.md): no cookies reach it. A staff app needs a signed-in session to open; a
 *   staff API gets the actor assertion of a signed-in session.
 * - `kind`: an `app` gets its prefix stripped (the asset worker serves from `/`) and a friendly
 *   page when it fails; an `api` gets the path unchanged and JSON errors.
 * - `timeoutMs`: how long the gateway waits for the answer's headers before a 504.
 * - `fallback`: what a failure of an app answers. `last-good-shell` (apps' default): the last
 *   good copy of its HTML shell and hashed assets the gateway kept (../shell), else the friendly
 *   page; `page`: always the friendly page. An API always answers 502/504 in the error shape
 *   (`error`). An app's HTML must be the same for everyone (a static build) to be kept.
 */
export type Mount = {
  prefix: `/${string}`
  binding: ServiceBinding
  zone: 'public' | 'staff'
  kind: 'app' | 'api'
  timeoutMs: number
  fallback: MountFallback
}

export type MountFallback = 'last-good-shell' | 'page' | 'error'

/** What a manifest entry may leave out. */
export type MountInput = Omit<Mount, 'timeoutMs' | 'fallback'> & { timeoutMs?: number; fallback?: MountFallback }

/** Every downstream call is time-boxed; 3 s unless the mount says otherwise. */
export const DEFAULT_TIMEOUT_MS = 3000
