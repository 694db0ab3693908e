import { OpenAPIHono } from '@hono/zod-openapi'
import { ErrorCode, MAX_JSON_BODY_BYTES } from '@platform/contracts'
import type { Env, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import { errorBody } from './error-body'
import { onError, onNotFound } from './on-error'
import { validationHook } from './validation-hook'

export type CreateAppOptions = {
  /** Paths that take a larger body than JSON (file uploads), each with its own limit. */
  largeBodies?: readonly { path: RegExp; maxSize: number }[]
}

const limitOf = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: (c) => c.json(errorBody(ErrorCode.payloadTooLarge, `The body exceeds ${maxSize} bytes`), 413),
  })

/** The header naming the worker build that answered; the gateway passes it on and logs it. */
export const WORKER_VERSION_HEADER = 'X-Worker-Version'

/**
 * Every answer names this worker's build: the version id of its Version Metadata binding
 * (`[version_metadata] binding = "CF_VERSION_METADATA"` in its wrangler.toml), when it has one.
 */
const workerVersion: MiddlewareHandler = async function workerVersion(c, next) {
  await next()
  const id = (c.env as { CF_VERSION_METADATA?: { id?: string } } | undefined)?.CF_VERSION_METADATA?.id
  if (!id) return
  try {
    c.res.headers.set(WORKER_VERSION_HEADER, id)
  } catch {
    // An answer passed through unchanged (a stored file) has fixed headers: copy it once.
    c.res = new Response(c.res.body, c.res)
    c.res.headers.set(WORKER_VERSION_HEADER, id)
  }
}

/**
 * The Hono app every domain worker starts from: request id (kept from the gateway when it
 * sent one), the worker's build in `X-Worker-Version`, body limit (JSON-sized unless a path is given a larger one), validation errors in the
 * platform's shape, one error mapper.
 */
export function createApp<E extends Env>(options: CreateAppOptions = {}) {
  const app = new OpenAPIHono<E>({ defaultHook: validationHook })
  app.use(requestId({ headerName: 'X-Request-Id' }))
  app.use(workerVersion)
  const jsonLimit = limitOf(MAX_JSON_BODY_BYTES)
  const large = (options.largeBodies ?? []).map(({ path, maxSize }) => ({ path, limit: limitOf(maxSize) }))
  app.use(async function bodyLimitByPath(c, next) {
    const own = large.find(({ path }) => path.test(c.req.path))
    return (own?.limit ?? jsonLimit)(c, next)
  })
  app.onError(onError)
  app.notFound(onNotFound)
  return app
}
