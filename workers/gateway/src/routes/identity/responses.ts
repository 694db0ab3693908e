import { ErrorBody } from '@platform/contracts'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

/** Answers every protected identity route may give besides its own. */
export const protectedResponses = {
  401: error('No signed-in session: UNAUTHENTICATED'),
  403: error('The account’s roles may not do this: FORBIDDEN'),
} as const

export const validationResponse = { 400: error('The body does not fit the schema: VALIDATION_FAILED / INVALID_JSON') }
export const notFoundResponse = { 404: error('No such account (or not within the admin’s scope): NOT_FOUND') }
export const errorResponse = error
