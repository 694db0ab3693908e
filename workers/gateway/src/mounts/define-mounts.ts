import { clashesWithGateway } from './gateway-paths'
import { DEFAULT_TIMEOUT_MS, type Mount, type MountInput } from './mount'

const PREFIX = /^\/[a-z0-9-]+(\/[a-z0-9-]+)*$/

/**
 * Checks the mount table once, when the worker starts, so a bad entry fails the deploy
 * instead of one request: prefixes are lowercase paths without a trailing slash, appear once,
 * stay clear of the gateway's own paths,
 * API mounts live under /api, timeouts are positive, an API's fallback is its error answer. Returns the table longest prefix first,
 * the order `matchMount` relies on.
 */
export function defineMounts(inputs: readonly MountInput[]): readonly Mount[] {
  const seen = new Set<string>()
  const mounts = inputs.map((input): Mount => {
    const fallback = input.fallback ?? (input.kind === 'app' ? 'last-good-shell' : 'error')
    const mount = { ...input, timeoutMs: input.timeoutMs ?? DEFAULT_TIMEOUT_MS, fallback }
    if (!PREFIX.test(mount.prefix)) throw new Error(`Mount prefix "${mount.prefix}" is not a lowercase path like /name`)
    if (clashesWithGateway(mount.prefix))
      throw new Error(`Mount prefix "${mount.prefix}" clashes with the gateway's own paths`)
    if (seen.has(mount.prefix)) throw new Error(`Mount prefix "${mount.prefix}" is declared twice`)
    seen.add(mount.prefix)
    if (mount.kind === 'api' && !mount.prefix.startsWith('/api/')) {
      throw new Error(`API mount "${mount.prefix}" must live under /api/`)
    }
    if (mount.kind === 'app' && mount.prefix.startsWith('/api')) {
      throw new Error(`App mount "${mount.prefix}" must not live under /api`)
    }
    if ((mount.kind === 'api') !== (mount.fallback === 'error')) {
      throw new Error(`Mount "${mount.prefix}": an API falls back to its error answer, an app to a page or its shell`)
    }
    if (!Number.isInteger(mount.timeoutMs) || mount.timeoutMs <= 0) {
      throw new Error(`Mount "${mount.prefix}" needs a positive whole timeout in ms`)
    }
    return Object.freeze(mount)
  })
  return Object.freeze(mounts.sort((a, b) => b.prefix.length - a.prefix.length))
}
