import { OpenAPIHono } from '@hono/zod-openapi'
import { ErrorCode, MAX_JSON_BODY_BYTES } from '@platform/contracts'
import type { Env } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import { errorBody } from './error-body'
import { onError, onNotFound } from './on-error'
import { validationHook } from './validation-hook'

/**
 * The Hono app every domain worker starts from: request id (kept from the gateway when it
 * sent one), body limit, validation errors in the platform's shape, one error mapper.
 */
export function createApp<E extends Env>() {
  const app = new OpenAPIHono<E>({ defaultHook: validationHook })
  app.use(requestId({ headerName: 'X-Request-Id' }))
  app.use(
    bodyLimit({
      maxSize: MAX_JSON_BODY_BYTES,
      onError: (c) =>
        c.json(errorBody(ErrorCode.payloadTooLarge, `The body exceeds ${MAX_JSON_BODY_BYTES} bytes`), 413),
    }),
  )
  app.onError(onError)
  app.notFound(onNotFound)
  return app
}
