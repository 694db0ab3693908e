import type { Scope } from '@platform/auth'

/**
 * The station an account works in when its reach is narrower than the branch (a station, a team
 * or the person's own records): the officer desk opens there instead of the list of all stations.
 */
export function ownStationId(scope: Scope): string | undefined {
  return scope.level === 'branch' ? undefined : scope.stationId
}
