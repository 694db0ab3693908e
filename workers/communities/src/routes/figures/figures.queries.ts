import { and, count, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import { branch, community, incidentCount, registration, station } from '../../db/schema'

const inStation = (stationId: string | null) => (stationId ? eq(community.stationId, stationId) : undefined)

/**
 * Sums per month over the communities of the station (or district). "Double 100 %" is counted
 * per community record against the target, as the registration rule does (nothing known = complete).
 */
export function monthlyTotals(db: Db, stationId: string | null, months: string[], target: number) {
  const r = registration
  return db
    .select({
      month: r.month,
      reporting: count(),
      floatingKnown: sql<number>`sum(${r.floatingKnown})`,
      floatingRegistered: sql<number>`sum(${r.floatingRegistered})`,
      rentalKnown: sql<number>`sum(${r.rentalKnown})`,
      rentalRegistered: sql<number>`sum(${r.rentalRegistered})`,
      penalties: sql<number>`sum(${r.illegalRentalPenalties})`,
      doubleHundred: sql<number>`sum(case when ${r.floatingRegistered} >= ${target} * ${r.floatingKnown} and ${r.rentalRegistered} >= ${target} * ${r.rentalKnown} then 1 else 0 end)`,
    })
    .from(r)
    .innerJoin(community, eq(community.id, r.communityId))
    .where(and(inArray(r.month, months), inStation(stationId)))
    .groupBy(r.month)
}

export async function countCommunities(db: Db, stationId: string | null) {
  const [row] = await db.select({ n: count() }).from(community).where(inStation(stationId))
  return row?.n ?? 0
}

/** The station's labels, or the branch's for the district; null for an unknown station. */
export async function scopeName(db: Db, stationId: string | null) {
  const [row] = stationId
    ? await db
        .select({ zh: station.nameZh, en: station.nameEn })
        .from(station)
        .where(eq(station.id, stationId))
        .limit(1)
    : await db.select({ zh: branch.nameZh, en: branch.nameEn }).from(branch).limit(1)
  return row ?? (stationId ? null : { zh: '全区', en: 'District' })
}

/** Incidents per month and type over the communities of the station (or district). */
export function incidentTotals(db: Db, stationId: string | null, months: string[]) {
  return db
    .select({ month: incidentCount.month, type: incidentCount.type, count: sql<number>`sum(${incidentCount.count})` })
    .from(incidentCount)
    .innerJoin(community, eq(community.id, incidentCount.communityId))
    .where(and(inArray(incidentCount.month, months), inStation(stationId)))
    .groupBy(incidentCount.month, incidentCount.type)
}
