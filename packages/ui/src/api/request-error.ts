import type { ErrorCode } from '@platform/contracts'

/** Codes the browser adds for failures that never reached (or never came back from) the platform. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'INVALID_RESPONSE' | 'HTTP_ERROR'

/** An API answer that was not 2xx, or no answer at all, with the platform's error shape. */
export class RequestError extends Error {
  override readonly name = 'RequestError'
  readonly status: number
  readonly code: ErrorCode | ClientErrorCode | (string & {})
  readonly details: unknown

  constructor(init: { status: number; code: string; message: string; details?: unknown }) {
    super(init.message)
    this.status = init.status
    this.code = init.code
    this.details = init.details
  }
}

// When a proxy or the runtime answers instead of our code, the status still says what happened.
const CODE_BY_STATUS: Record<number, ErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
  500: 'INTERNAL',
  502: 'UPSTREAM_FAILED',
  503: 'SERVICE_UNAVAILABLE',
  504: 'UPSTREAM_TIMEOUT',
}

/** Turns a non-2xx body into a RequestError: `{ error: { code, message, details } }` when it is one. */
export function errorFromBody(status: number, body: string): RequestError {
  const parsed = parseJson(body)
  if (isErrorBody(parsed)) {
    const { code, message, details } = parsed.error
    return new RequestError({ status, code, message: message ?? code, details })
  }
  return new RequestError({
    status,
    code: CODE_BY_STATUS[status] ?? 'HTTP_ERROR',
    message: `HTTP ${status}`,
  })
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

function isErrorBody(value: unknown): value is { error: { code: string; message?: string; details?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error = (value as { error: unknown }).error
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
}

/** Which friendly message a user sees for an error; the raw code is shown beside it for support. */
export type ErrorMessageKind =
  | 'network'
  | 'timeout'
  | 'unavailable'
  | 'notFound'
  | 'rateLimited'
  | 'forbidden'
  | 'denied'
  | 'generic'

export function errorMessageKind(error: unknown): ErrorMessageKind {
  if (isForbidden(error)) return 'forbidden'
  const code = error instanceof RequestError ? error.code : undefined
  switch (code) {
    case 'NETWORK_ERROR':
      return 'network'
    case 'TIMEOUT':
    case 'UPSTREAM_TIMEOUT':
      return 'timeout'
    case 'UPSTREAM_FAILED':
    case 'SERVICE_UNAVAILABLE':
    case 'INTERNAL':
    case 'INVALID_RESPONSE':
      return 'unavailable'
    case 'NOT_FOUND':
      return 'notFound'
    case 'RATE_LIMITED':
      return 'rateLimited'
    case 'UNAUTHENTICATED':
      return 'denied'
    default:
      return 'generic'
  }
}

export function errorCode(error: unknown): string {
  return error instanceof RequestError ? error.code : 'UNKNOWN'
}

/**
 * The user is signed in but their role or scope may not see this (403). Retrying cannot help,
 * so it is shown as its own state rather than as a failure.
 */
export function isForbidden(error: unknown): boolean {
  return error instanceof RequestError && (error.status === 403 || error.code === 'FORBIDDEN')
}
