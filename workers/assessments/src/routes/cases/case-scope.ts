import { coversStation, type Scope } from '@platform/auth'

/**
 * Whether a case is inside the actor's scope: an officer's own cases; at the station grain the
 * cases of the own station (a team leader's team scope reads the station's cases: the team leader
 * files and follows them for the whole station); the branch all.
 */
export function coversCase(scope: Scope, place: { stationId: string; officerId: string }) {
  if (scope.level === 'own') return scope.officerId !== undefined && scope.officerId === place.officerId
  return coversStation(scope, place.stationId)
}
