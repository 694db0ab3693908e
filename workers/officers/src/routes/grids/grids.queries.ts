import type { ResponsibleOfficer } from '@platform/contracts'
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import { gridResponsibility, groupMember, officer } from '../../db/schema'

/**
 * Who answers for grid G: the officer in `grid_responsibility`, who is the A role of the grid.
 * `within.stationId` keeps the answer to one station (the actor's scope): a string for that
 * station, `null` for none at all; left out, any station (the branch, and RPC callers).
 */
export async function findResponsibleOfficer(
  db: Db,
  gridId: string,
  within: { stationId?: string | null | undefined } = {},
): Promise<ResponsibleOfficer | null> {
  const [row] = await db
    .select({
      officerId: officer.id,
      nameZh: officer.nameZh,
      nameEn: officer.nameEn,
      stationId: officer.stationId,
      groupId: groupMember.groupId,
    })
    .from(gridResponsibility)
    .innerJoin(officer, eq(officer.id, gridResponsibility.officerId))
    .leftJoin(groupMember, eq(groupMember.officerId, officer.id))
    .where(
      and(
        eq(gridResponsibility.gridId, gridId),
        within.stationId === undefined
          ? undefined
          : within.stationId === null
            ? sql`false`
            : eq(officer.stationId, within.stationId),
      ),
    )
    .limit(1)
  if (!row) return null
  return {
    officerId: row.officerId,
    name: { zh: row.nameZh, en: row.nameEn },
    role: 'A',
    groupId: row.groupId,
    stationId: row.stationId,
  }
}
