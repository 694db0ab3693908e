import { ErrorCode } from '@platform/contracts'
import { ApiError, errorBody } from '@platform/server-kit'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../app-env'
import { localeOf } from '../i18n'
import { FallbackPage } from '../pages/fallback-page'
import { renderPage } from '../pages/render-page'
import { UpstreamError } from '../proxy'
import { applyCachePolicy } from '../proxy/cache-policy'
import { recallLastGood } from '../shell'
import { logUnexpectedError, logUpstreamError } from './log'

/** The platform's codes for refusals Hono raises itself (bad JSON, a body of the wrong type). */
function httpExceptionCode(error: HTTPException): string {
  if (error.status === 400 && /json/i.test(error.message)) return ErrorCode.invalidJson
  if (error.status === 401) return ErrorCode.unauthenticated
  if (error.status === 403) return ErrorCode.forbidden
  if (error.status === 413) return ErrorCode.payloadTooLarge
  if (error.status === 415) return 'UNSUPPORTED_MEDIA_TYPE'
  return 'HTTP_ERROR'
}

/**
 * The one place failures become answers. A failing mount answers 502/504 for its own paths:
 * JSON in the platform's error shape for an API; for an app, the last good copy of its shell or
 * asset when the gateway kept one (200, marked `X-Fallback`), else a friendly page. Anything
 * unexpected is logged as one line and answered 500 with the request id, never with internals.
 * Refusals thrown as `ApiError` (server-kit) keep their status and code.
 */
export async function onError(error: Error, c: Context<AppEnv>) {
  const requestId = c.get('requestId')
  if (error instanceof UpstreamError) {
    logUpstreamError(c, error)
    const kept = await recallLastGood(error.mount, c.req.raw)
    if (kept) {
      applyCachePolicy(error.mount, c.req.path, kept)
      return kept
    }
    if (error.mount.kind === 'app') {
      const url = new URL(c.req.url)
      const page = (
        <FallbackPage
          locale={localeOf(c)}
          failure={error.failure}
          requestId={requestId}
          retryHref={`${url.pathname}${url.search}`}
        />
      )
      return renderPage(c, page, error.status)
    }
    return c.json(errorBody(error.code, error.message, { requestId }), error.status)
  }
  if (error instanceof ApiError) {
    return c.json(errorBody(error.code, error.message, error.details), error.status)
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = httpExceptionCode(error)
    return c.json(errorBody(code, error.message || 'Request refused', { requestId }), error.status)
  }
  logUnexpectedError(c, error)
  return c.json(errorBody(ErrorCode.internal, 'Something went wrong on our side', { requestId }), 500)
}
