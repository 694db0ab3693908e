import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * A refusal the client can act on. Thrown anywhere below a handler and turned into the
 * platform's error shape once, by `onError`. Rules use `RULE_*` codes (e.g. RULE_NO_PATROL_CAR).
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export const notFound = (what: string, details?: unknown) =>
  new ApiError(404, 'NOT_FOUND', `${what} was not found`, details)

/** A business rule says no: 422 with the rule's own code. */
export const ruleBroken = (code: `RULE_${string}`, message: string, details?: unknown) =>
  new ApiError(422, code, message, details)

export const conflict = (code: string, message: string, details?: unknown) => new ApiError(409, code, message, details)
