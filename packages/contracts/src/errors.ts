import { z } from '@hono/zod-openapi'

/**
 * Every non-2xx answer of the platform has this shape (architecture.md, "Errors").
 * A broken business rule uses a `RULE_*` code that names the rule.
 */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'VALIDATION_FAILED' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error')
export type ErrorBody = z.infer<typeof ErrorBody>

/** Codes used by the platform's plumbing; domain rules add their own `RULE_*` codes. */
export const ErrorCode = {
  invalidJson: 'INVALID_JSON',
  validationFailed: 'VALIDATION_FAILED',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  notFound: 'NOT_FOUND',
  methodNotAllowed: 'METHOD_NOT_ALLOWED',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  conflict: 'CONFLICT',
  rateLimited: 'RATE_LIMITED',
  upstreamFailed: 'UPSTREAM_FAILED',
  upstreamTimeout: 'UPSTREAM_TIMEOUT',
  unavailable: 'SERVICE_UNAVAILABLE',
  internal: 'INTERNAL',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

/** Largest JSON body any API accepts (attachments go through their own limit). */
export const MAX_JSON_BODY_BYTES = 64 * 1024
