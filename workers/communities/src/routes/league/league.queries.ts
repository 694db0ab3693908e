import { and, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import { community, registration } from '../../db/schema'

/** Each community of the station (or district) with its floating-population sums over the months. */
export function quarterSums(db: Db, stationId: string | null, months: string[]) {
  return db
    .select({
      communityId: community.id,
      nameZh: community.nameZh,
      nameEn: community.nameEn,
      housingType: community.housingType,
      floatingKnown: sql<number>`coalesce(sum(${registration.floatingKnown}), 0)`,
      floatingRegistered: sql<number>`coalesce(sum(${registration.floatingRegistered}), 0)`,
    })
    .from(community)
    .leftJoin(registration, and(eq(registration.communityId, community.id), inArray(registration.month, months)))
    .where(stationId ? eq(community.stationId, stationId) : undefined)
    .groupBy(community.id)
}

/** The latest month on record in the station (or district), or null. */
export async function latestMonth(db: Db, stationId: string | null): Promise<string | null> {
  const [row] = await db
    .select({ month: registration.month })
    .from(registration)
    .innerJoin(community, eq(community.id, registration.communityId))
    .where(stationId ? eq(community.stationId, stationId) : undefined)
    .orderBy(desc(registration.month))
    .limit(1)
  return row?.month ?? null
}
