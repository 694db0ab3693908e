import { z } from '@hono/zod-openapi'
import { ErrorBody } from '@platform/contracts'

/**
 * The pieces every route definition of this worker describes its requests and answers with, so
 * that the same answer reads the same in the whole OpenAPI document.
 */

/** An error answer (the platform's error shape) and why it comes. */
export const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

/** A JSON answer of a contract schema. */
export const json = <T>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
})

/** A required JSON body of a contract schema. */
export const body = <T>(schema: T) => ({ required: true, content: { 'application/json': { schema } } })

/** Creating routes accept an `Idempotency-Key` (./write.ts createOnce). */
export const idempotency = z.object({ 'idempotency-key': z.string().optional() })

/** What defineRoute's authorize answers before the handler runs. */
export const refused = { 401: error('No valid actor assertion'), 403: error('The role may not do this') }

/** A key sent again with another request (runIdempotent). */
export const keyReused = { 422: error('The Idempotency-Key was used with another request') }
