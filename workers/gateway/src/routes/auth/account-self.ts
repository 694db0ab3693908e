import { type Action, can } from '@platform/auth'
import { ErrorCode } from '@platform/contracts'
import { ApiError } from '@platform/server-kit'
import { rolesOf } from '../../identity/accounts/account-view'
import type { CurrentSession } from '../../identity/sessions/current-session'

/** What `/auth/me` and `/auth/password` declare in the identity document (`x-permission`). */
export const ACCOUNT_SELF: Action = 'account.self'

/**
 * The declared permission checked like every other route's, against the matrix: 403 when none
 * of the session's roles has it. These two routes read the session themselves (a password may
 * be changed before the sign-in is complete), so they cannot use `requireActor`.
 */
export function requireSelfService(session: CurrentSession) {
  if (!can(rolesOf(session.account), ACCOUNT_SELF))
    throw new ApiError(403, ErrorCode.forbidden, `Your role may not do this (${ACCOUNT_SELF})`)
}
