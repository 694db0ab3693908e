import { coversStation, type Scope } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import type { Db } from '../db'
import { findCommunity } from './registrations/registrations.queries'

/**
 * A record the actor may touch: it exists and lies in the actor's station (or the branch).
 * Otherwise 404 either way, so an id of another station does not tell that it exists.
 */
export function mustCover<T extends { stationId: string }>(scope: Scope, row: T | null, what: string): T {
  if (!row || !coversStation(scope, row.stationId)) throw notFound(what)
  return row
}

export const communityInScope = async (db: Db, scope: Scope, communityId: string) =>
  mustCover(scope, await findCommunity(db, communityId), `Community ${communityId}`)
