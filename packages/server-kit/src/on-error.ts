import { ErrorCode } from '@platform/contracts'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ApiError } from './api-error'
import { errorBody } from './error-body'

/**
 * The one place errors become answers. Known refusals keep their status and code; anything
 * else is logged with the request id (no request body: it may hold personal data) and answered
 * 500 without internals.
 */
export function onError(err: Error, c: Context) {
  if (err instanceof ApiError) {
    return c.json(errorBody(err.code, err.message, err.details), err.status)
  }
  if (err instanceof HTTPException) {
    const status = err.status
    if (status === 400 && /json/i.test(err.message)) {
      return c.json(errorBody(ErrorCode.invalidJson, 'The request body is not valid JSON'), 400)
    }
    if (status === 413) {
      return c.json(errorBody(ErrorCode.payloadTooLarge, 'The request body is too large'), 413)
    }
    const code = status === 401 ? ErrorCode.unauthenticated : status === 403 ? ErrorCode.forbidden : 'HTTP_ERROR'
    return c.json(errorBody(code, err.message || 'Request refused'), status)
  }
  console.error(
    JSON.stringify({
      level: 'error',
      requestId: c.get('requestId'),
      path: c.req.path,
      error: String(err?.stack ?? err),
    }),
  )
  return c.json(
    errorBody(ErrorCode.internal, 'Something went wrong on our side', { requestId: c.get('requestId') }),
    500,
  )
}

export function onNotFound(c: Context) {
  return c.json(errorBody(ErrorCode.notFound, `No route for ${c.req.method} ${c.req.path}`), 404)
}
