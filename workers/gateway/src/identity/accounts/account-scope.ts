import { covers, SCOPE_LEVELS, type Scope } from '@platform/auth'

type Place = { stationId?: string | null; teamId?: string | null; officerId?: string | null }

/**
 * Whether an admin whose reach is `scope` may see or change an account that sits at `place`
 * with reach `level`: the account must lie inside the admin's scope and reach no wider than it.
 * (Branch admins reach the whole branch; the check keeps a narrower admin account narrow.)
 */
export function managesAccount(scope: Scope, place: Place & { level: Scope['level'] }): boolean {
  if (SCOPE_LEVELS.indexOf(place.level) > SCOPE_LEVELS.indexOf(scope.level)) return false
  return covers(scope, place)
}
