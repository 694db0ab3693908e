import type { Campaign, OutreachEvent, OutreachGroup } from '@platform/contracts'
import { and, asc, count, desc, eq, isNull, or, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import { AUDIENCES, community, outreachCampaign, outreachEvent, outreachGroup } from '../../db/schema'
import { shareOf } from '../../rules/registration'

const inStation = (stationId: string | null) => (stationId ? eq(community.stationId, stationId) : undefined)

export type GroupRow = typeof outreachGroup.$inferSelect
export type CampaignRow = typeof outreachCampaign.$inferSelect
export type EventRow = typeof outreachEvent.$inferSelect

export const toGroup = (row: GroupRow): OutreachGroup => ({
  id: row.id,
  communityId: row.communityId,
  audience: row.audience,
  name: { zh: row.nameZh, en: row.nameEn },
  members: row.members,
})

export const toEvent = (row: EventRow): OutreachEvent => ({
  id: row.id,
  campaignId: row.campaignId,
  communityId: row.communityId,
  date: row.date,
  place: { zh: row.placeZh, en: row.placeEn },
  attendees: row.attendees,
  leaflets: row.leaflets,
})

export async function population(db: Db, stationId: string | null) {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${community.population}), 0)` })
    .from(community)
    .where(inStation(stationId))
  return row?.n ?? 0
}

export const groupsIn = (db: Db, stationId: string | null) =>
  db
    .select({ group: outreachGroup })
    .from(outreachGroup)
    .innerJoin(community, eq(community.id, outreachGroup.communityId))
    .where(inStation(stationId))
    .orderBy(asc(community.nameEn), asc(outreachGroup.audience), asc(outreachGroup.nameEn))
    .then((rows) => rows.map((r) => r.group))

/** Groups, members and the share of the population they reach (at most 1). */
export function reachOf(groups: readonly { members: number }[], people: number) {
  const members = groups.reduce((sum, g) => sum + g.members, 0)
  const share = shareOf(members, people)
  return { groups: groups.length, members, reach: share === null ? null : Math.min(1, share) }
}

export function byAudience(groups: readonly GroupRow[]) {
  return AUDIENCES.map((audience) => {
    const own = groups.filter((g) => g.audience === audience)
    return { audience, groups: own.length, members: own.reduce((sum, g) => sum + g.members, 0) }
  })
}

/** Campaigns of the station (and branch-wide ones), with their events in the station's communities. */
export async function campaignsIn(db: Db, stationId: string | null): Promise<Campaign[]> {
  const [campaigns, totals] = await Promise.all([
    db
      .select()
      .from(outreachCampaign)
      .where(stationId ? or(eq(outreachCampaign.stationId, stationId), isNull(outreachCampaign.stationId)) : undefined)
      .orderBy(desc(outreachCampaign.fromDay), asc(outreachCampaign.id)),
    db
      .select({
        campaignId: outreachEvent.campaignId,
        events: count(),
        leaflets: sql<number>`sum(${outreachEvent.leaflets})`,
        attendees: sql<number>`sum(${outreachEvent.attendees})`,
      })
      .from(outreachEvent)
      .innerJoin(community, eq(community.id, outreachEvent.communityId))
      .where(inStation(stationId))
      .groupBy(outreachEvent.campaignId),
  ])
  const byId = new Map(totals.map((t) => [t.campaignId, t]))
  return campaigns.map((row) => ({
    id: row.id,
    stationId: row.stationId,
    theme: row.theme,
    name: { zh: row.nameZh, en: row.nameEn },
    from: row.fromDay,
    to: row.toDay,
    events: byId.get(row.id)?.events ?? 0,
    leaflets: byId.get(row.id)?.leaflets ?? 0,
    attendees: byId.get(row.id)?.attendees ?? 0,
  }))
}

export const latestEvents = (db: Db, stationId: string | null, limit: number) =>
  db
    .select({ event: outreachEvent })
    .from(outreachEvent)
    .innerJoin(community, eq(community.id, outreachEvent.communityId))
    .where(inStation(stationId))
    .orderBy(desc(outreachEvent.date), desc(outreachEvent.id))
    .limit(limit)
    .then((rows) => rows.map((r) => toEvent(r.event)))

/** Events and leaflets in the station's communities between two days (both included). */
export async function eventTotals(db: Db, stationId: string | null, from: string, to: string) {
  const [row] = await db
    .select({ events: count(), leaflets: sql<number>`coalesce(sum(${outreachEvent.leaflets}), 0)` })
    .from(outreachEvent)
    .innerJoin(community, eq(community.id, outreachEvent.communityId))
    .where(and(inStation(stationId), sql`${outreachEvent.date} between ${from} and ${to}`))
  return { events: row?.events ?? 0, leaflets: row?.leaflets ?? 0 }
}

export async function findGroup(db: Db, id: string) {
  const [row] = await db
    .select({ group: outreachGroup, stationId: community.stationId })
    .from(outreachGroup)
    .innerJoin(community, eq(community.id, outreachGroup.communityId))
    .where(eq(outreachGroup.id, id))
    .limit(1)
  return row ?? null
}

export async function findCampaign(db: Db, id: string) {
  const [row] = await db.select().from(outreachCampaign).where(eq(outreachCampaign.id, id)).limit(1)
  return row ?? null
}

/** A campaign's events in the station's communities (all at the branch), newest first, and how many there are. */
export async function eventsOf(db: Db, campaignId: string, stationId: string | null, limit: number) {
  const where = and(eq(outreachEvent.campaignId, campaignId), inStation(stationId))
  const [rows, [total]] = await Promise.all([
    db
      .select({ event: outreachEvent })
      .from(outreachEvent)
      .innerJoin(community, eq(community.id, outreachEvent.communityId))
      .where(where)
      .orderBy(desc(outreachEvent.date), desc(outreachEvent.id))
      .limit(limit),
    db
      .select({ n: count() })
      .from(outreachEvent)
      .innerJoin(community, eq(community.id, outreachEvent.communityId))
      .where(where),
  ])
  return { total: total?.n ?? 0, events: rows.map((r) => toEvent(r.event)) }
}
