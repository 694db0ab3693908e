import type { Mount } from '../mounts'
import { DeadlineExceeded, timeBox } from './time-box'
import { UpstreamError } from './upstream-error'

/**
 * Every call to another worker (fetch or RPC) goes through here: time-boxed by the mount's
 * timeout, aborted when the deadline passes, and any failure (a throw, a missing binding, a
 * timeout) turned into an `UpstreamError` naming the mount, so one broken worker answers
 * 502/504 for its own paths and nothing else.
 */
export async function callUpstream<T>(mount: Mount, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const started = Date.now()
  try {
    return await timeBox(
      () => work(controller.signal),
      mount.timeoutMs,
      () => controller.abort(),
    )
  } catch (cause) {
    const failure = cause instanceof DeadlineExceeded ? 'timeout' : 'failed'
    throw new UpstreamError(mount, failure, Date.now() - started, { cause })
  }
}
