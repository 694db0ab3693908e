import { ErrorCode } from '@platform/contracts'
import type { Mount } from '../mounts'

export type UpstreamFailure = 'failed' | 'timeout'

/**
 * A downstream worker did not give a usable answer: it threw, answered an app page with a
 * 5xx, or missed its mount's deadline. Thrown by the proxy and the RPC calls, answered once by
 * `onError`: JSON for an API mount, a friendly page for an app mount.
 */
export class UpstreamError extends Error {
  readonly status: 502 | 504
  readonly code: typeof ErrorCode.upstreamFailed | typeof ErrorCode.upstreamTimeout

  constructor(
    readonly mount: Mount,
    readonly failure: UpstreamFailure,
    readonly elapsedMs: number,
    options?: { cause?: unknown },
  ) {
    super(
      failure === 'timeout'
        ? `The ${mount.prefix} service did not answer within ${mount.timeoutMs} ms`
        : `The ${mount.prefix} service failed to answer`,
      options,
    )
    this.name = 'UpstreamError'
    this.status = failure === 'timeout' ? 504 : 502
    this.code = failure === 'timeout' ? ErrorCode.upstreamTimeout : ErrorCode.upstreamFailed
  }
}
