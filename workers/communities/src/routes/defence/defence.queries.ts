import { and, asc, eq, inArray, isNull } from 'drizzle-orm'
import type { Db } from '../../db'
import { defenceGroup, shop } from '../../db/schema'

export type GroupRow = typeof defenceGroup.$inferSelect
export type ShopRow = typeof shop.$inferSelect

export async function findGroup(db: Db, groupId: string): Promise<GroupRow | null> {
  const [row] = await db.select().from(defenceGroup).where(eq(defenceGroup.id, groupId)).limit(1)
  return row ?? null
}

/** The open shops of the groups, in turn order: a shop that closed down is off the rota. */
export const shopsOf = (db: Db, groupIds: string[]) =>
  groupIds.length === 0
    ? Promise.resolve([] as ShopRow[])
    : db
        .select()
        .from(shop)
        .where(and(inArray(shop.groupId, groupIds), isNull(shop.closedOn)))
        .orderBy(asc(shop.groupId), asc(shop.position))

const natural = new Intl.Collator('en', { numeric: true })

/** Groups by street, then by name in natural order ("group 2" before "group 10"). */
export async function groupsOf(db: Db, stationId: string | null) {
  const rows = await db
    .select()
    .from(defenceGroup)
    .where(stationId ? eq(defenceGroup.stationId, stationId) : undefined)
  return rows.sort(
    (a, b) =>
      natural.compare(a.streetEn, b.streetEn) || natural.compare(a.nameEn, b.nameEn) || a.id.localeCompare(b.id),
  )
}
