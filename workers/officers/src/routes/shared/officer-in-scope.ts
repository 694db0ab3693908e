import { coversStation, type Scope } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { officer, stationConfig } from '../../db/schema'

export type OfficerInScope = { id: string; stationId: string; teamId: string | null; dedicated: boolean }

/**
 * The officer a request names, if the actor's scope reaches the officer's station. Another
 * station's officer answers 404 like an unknown id: the answer tells nothing about other stations.
 */
export async function findOfficerInScope(db: Db, officerId: string, scope: Scope): Promise<OfficerInScope> {
  const [row] = await db
    .select({ id: officer.id, stationId: officer.stationId, teamId: officer.teamId, dedicated: officer.dedicated })
    .from(officer)
    .where(eq(officer.id, officerId))
    .limit(1)
  if (!row || !coversStation(scope, row.stationId)) throw notFound(`Officer ${officerId}`)
  return row
}

/** The station's own settings row, if it has one (src/config.ts merges it with the branch's). */
export async function findStationConfig(db: Db, stationId: string) {
  const [row] = await db.select().from(stationConfig).where(eq(stationConfig.stationId, stationId)).limit(1)
  return row
}
