import { coversStation, type Scope } from '@platform/auth'

export type Place = { stationId: string; holderOfficerId: string | null }

/**
 * Row-level scope of the ledger: an officer (own level) sees the disputes held personally; team
 * leaders and station heads the disputes of their station; the branch (the Qihe Station's
 * mediators) all of them. Outside the scope a dispute answers 404, like an unknown one.
 */
export function inLedgerScope(scope: Scope, place: Place): boolean {
  if (scope.level === 'own') return scope.officerId !== undefined && place.holderOfficerId === scope.officerId
  return coversStation(scope, place.stationId)
}
