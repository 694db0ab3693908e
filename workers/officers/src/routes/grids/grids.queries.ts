import type { ResponsibleOfficer } from '@platform/contracts'
import { eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { gridResponsibility, groupMember, officer } from '../../db/schema'

/** Who answers for grid G: the officer in `grid_responsibility`, who is the A role of the grid. */
export async function findResponsibleOfficer(db: Db, gridId: string): Promise<ResponsibleOfficer | null> {
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
    .where(eq(gridResponsibility.gridId, gridId))
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
