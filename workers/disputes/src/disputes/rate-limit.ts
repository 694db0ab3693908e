import { ErrorCode } from '@platform/contracts'
import { ApiError } from '@platform/server-kit'
import type { Context } from 'hono'

/** The limiters' window (wrangler.toml `period`): a refused client may try again after it. */
const RETRY_AFTER_SECONDS = 60

/**
 * The public paths are limited per client address. The gateway, the only worker the internet
 * reaches, passes Cloudflare's `CF-Connecting-IP` on unchanged, and nobody else can call this
 * worker, so the header is the client's. Without it (local tools) every caller shares one key.
 */
export async function limitByAddress(c: Context, limiter: RateLimit) {
  const address = c.req.header('CF-Connecting-IP')?.trim() || 'local'
  const { success } = await limiter.limit({ key: address })
  if (!success) {
    c.header('Retry-After', String(RETRY_AFTER_SECONDS))
    throw new ApiError(429, ErrorCode.rateLimited, 'Too many requests; try again in a minute', {
      retryAfterSeconds: RETRY_AFTER_SECONDS,
    })
  }
}
