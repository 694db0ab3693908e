import type { BoardMember, BoardSummary } from '@platform/contracts'
import { asc, count, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import { boardMember } from '../../db/schema'

// The chair leads the list; people follow in the order of their romanised (pinyin) names,
// because code-point order of Chinese characters means nothing to a reader.
export const chairFirst = sql`case when ${boardMember.role} = 'chair' then 0 else 1 end`

/** Active members of the review board: chair first, then by name. */
export async function listActiveMembers(db: Db): Promise<BoardMember[]> {
  const rows = await db
    .select()
    .from(boardMember)
    .where(eq(boardMember.active, true))
    .orderBy(chairFirst, asc(boardMember.nameEn), asc(boardMember.id))
  return rows.map((row) => ({
    id: row.id,
    name: { zh: row.nameZh, en: row.nameEn },
    role: row.role,
    unit: { zh: row.unitZh, en: row.unitEn },
    stationId: row.stationId,
    active: row.active,
  }))
}

/** Counts of active members and of chairs among them. */
export async function summariseBoard(db: Db): Promise<BoardSummary> {
  const [row] = await db
    .select({
      members: count(),
      chairs: sql<number>`coalesce(sum(case when ${boardMember.role} = 'chair' then 1 else 0 end), 0)`,
    })
    .from(boardMember)
    .where(eq(boardMember.active, true))
  return { members: row?.members ?? 0, chairs: Number(row?.chairs ?? 0) }
}
