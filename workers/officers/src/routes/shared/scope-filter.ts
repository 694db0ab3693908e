import type { Scope } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { team } from '../../db/schema'
import type { OfficerFilter } from '../../figures/work-minutes'

/**
 * Which officers a team, station or branch view covers: the reader's own team or station, narrowed
 * by what the query asks. A team or station outside the reader's scope answers 404 like an unknown
 * one; a team of another station too.
 */
export async function filterInScope(
  db: Db,
  scope: Scope,
  asked: { team?: string | undefined; station?: string | undefined; officer?: string | undefined },
): Promise<OfficerFilter> {
  const outside = (what: string) => notFound(what)
  if (scope.level === 'own') return { officerId: scope.officerId ?? '' }
  if (scope.level !== 'branch' && asked.station !== undefined && asked.station !== scope.stationId)
    throw outside(`Station ${asked.station}`)
  if (scope.level === 'team') {
    if (scope.teamId === undefined) throw outside('Your team')
    if (asked.team !== undefined && asked.team !== scope.teamId) throw outside(`Team ${asked.team}`)
    return { stationId: scope.stationId, teamId: scope.teamId, officerId: asked.officer }
  }
  const stationId = scope.level === 'branch' ? asked.station : scope.stationId
  if (asked.team !== undefined) {
    const [row] = await db.select({ stationId: team.stationId }).from(team).where(eq(team.id, asked.team)).limit(1)
    if (!row || (stationId !== undefined && row.stationId !== stationId)) throw outside(`Team ${asked.team}`)
  }
  return { stationId, teamId: asked.team, officerId: asked.officer }
}
