/**
 * How far an account reaches: the whole branch, one station, one team, or the person's own
 * records. Narrower scopes keep the ids of the wider units they sit in, so a query can filter
 * at any level without another look-up.
 */
export const SCOPE_LEVELS = ['own', 'team', 'station', 'branch'] as const
export type ScopeLevel = (typeof SCOPE_LEVELS)[number]

export type Scope = {
  level: ScopeLevel
  stationId?: string | undefined
  teamId?: string | undefined
  officerId?: string | undefined
}

const rank = (level: ScopeLevel) => SCOPE_LEVELS.indexOf(level)

export const widest = (a: ScopeLevel, b: ScopeLevel): ScopeLevel => (rank(a) >= rank(b) ? a : b)
export const narrowest = (a: ScopeLevel, b: ScopeLevel): ScopeLevel => (rank(a) <= rank(b) ? a : b)

/** The scope cut down to a level, keeping only the ids that level needs. */
export function narrowTo(scope: Scope, level: ScopeLevel): Scope {
  const effective = narrowest(scope.level, level)
  switch (effective) {
    case 'branch':
      return { level: 'branch' }
    case 'station':
      return { level: 'station', stationId: scope.stationId }
    case 'team':
      return { level: 'team', stationId: scope.stationId, teamId: scope.teamId }
    case 'own':
      return { level: 'own', stationId: scope.stationId, teamId: scope.teamId, officerId: scope.officerId }
  }
}

/** Whether a record that sits in `place` is inside the scope. */
export function covers(
  scope: Scope,
  place: { stationId?: string | null; teamId?: string | null; officerId?: string | null },
) {
  switch (scope.level) {
    case 'branch':
      return true
    case 'station':
      return scope.stationId !== undefined && place.stationId === scope.stationId
    case 'team':
      return scope.teamId !== undefined && place.teamId === scope.teamId
    case 'own':
      return scope.officerId !== undefined && place.officerId === scope.officerId
  }
}

/**
 * Whether a record kept per station (a station's roster, its detail, a community's disputes) is
 * inside the scope. Such records are read at station grain: every scope below the branch is bound
 * to its own station, whatever its level (an officer reads the roster of the own station).
 */
export function coversStation(scope: Scope, stationId: string | null | undefined) {
  if (scope.level === 'branch') return true
  return scope.stationId !== undefined && stationId !== undefined && stationId !== null && scope.stationId === stationId
}
