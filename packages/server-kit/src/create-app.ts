import { OpenAPIHono } from '@hono/zod-openapi'
import { ErrorCode, MAX_JSON_BODY_BYTES } from '@platform/contracts'
import type { Env } from 'hono'
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

/**
 * The Hono app every domain worker starts from: request id (kept from the gateway when it
 * sent one), body limit (JSON-sized unless a path is given a larger one), validation errors in the
 * platform's shape, one error mapper.
 */
export function createApp<E extends Env>(options: CreateAppOptions = {}) {
  const app = new OpenAPIHono<E>({ defaultHook: validationHook })
  app.use(requestId({ headerName: 'X-Request-Id' }))
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
