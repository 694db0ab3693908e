import type { Scope } from '@platform/auth'
import { ApiError, notFound } from '@platform/server-kit'

/**
 * The station a request reads: below the branch always the actor's own (another one answers 404,
 * like an unknown one); at the branch the one asked for, or `null` for the whole district.
 */
export function stationOfRequest(scope: Scope, requested: string | undefined): string | null {
  if (scope.level === 'branch') return requested ?? null
  if (!scope.stationId) throw new ApiError(403, 'FORBIDDEN', 'This account is bound to no station')
  if (requested !== undefined && requested !== scope.stationId) throw notFound(`Station ${requested}`)
  return scope.stationId
}

/** A 400 in the shape schema violations have, for checks that need the clock or the database. */
export const invalidField = (target: 'json' | 'query' | 'param', path: string, code: string, message: string) =>
  new ApiError(400, 'VALIDATION_FAILED', `Invalid ${target}: ${path}`, {
    target,
    fields: [{ path, code, message }],
  })
