import type { Reward } from '@platform/contracts'
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../db'
import { community, leagueReward, leagueRewardRound, manager } from '../../db/schema'

export type ManagerRow = typeof manager.$inferSelect

export const toManager = (row: ManagerRow) => ({
  id: row.id,
  communityId: row.communityId,
  name: { zh: row.nameZh, en: row.nameEn },
  active: row.active,
})

/** The communities of the station (or district) in name order, with their managers. */
export async function managersByCommunity(db: Db, stationId: string | null) {
  const [places, people] = await Promise.all([
    db
      .select({ id: community.id, nameZh: community.nameZh, nameEn: community.nameEn })
      .from(community)
      .where(stationId ? eq(community.stationId, stationId) : undefined)
      .orderBy(asc(community.nameEn), asc(community.id)),
    db
      .select({ manager })
      .from(manager)
      .innerJoin(community, eq(community.id, manager.communityId))
      .where(stationId ? eq(community.stationId, stationId) : undefined)
      .orderBy(asc(manager.nameEn), asc(manager.id)),
  ])
  return places.map((place) => ({
    communityId: place.id,
    name: { zh: place.nameZh, en: place.nameEn },
    managers: people.filter((p) => p.manager.communityId === place.id).map((p) => toManager(p.manager)),
  }))
}

export async function findManager(db: Db, managerId: string) {
  const [row] = await db
    .select({ manager, stationId: community.stationId })
    .from(manager)
    .innerJoin(community, eq(community.id, manager.communityId))
    .where(eq(manager.id, managerId))
    .limit(1)
  return row ?? null
}

export async function stationManagers(db: Db, stationId: string) {
  const rows = await db
    .select({ manager })
    .from(manager)
    .innerJoin(community, eq(community.id, manager.communityId))
    .where(eq(community.stationId, stationId))
  return rows.map((r) => r.manager)
}

export async function rewardRound(db: Db, quarter: string, stationId: string) {
  const [row] = await db
    .select()
    .from(leagueRewardRound)
    .where(and(eq(leagueRewardRound.quarter, quarter), eq(leagueRewardRound.stationId, stationId)))
    .limit(1)
  return row ?? null
}

export async function rewardsOf(db: Db, quarter: string, stationId: string | null): Promise<Reward[]> {
  const rows = await db
    .select({
      reward: leagueReward,
      managerZh: manager.nameZh,
      managerEn: manager.nameEn,
      communityZh: community.nameZh,
      communityEn: community.nameEn,
    })
    .from(leagueReward)
    .innerJoin(manager, eq(manager.id, leagueReward.managerId))
    .innerJoin(community, eq(community.id, leagueReward.communityId))
    .where(and(eq(leagueReward.quarter, quarter), stationId ? eq(leagueReward.stationId, stationId) : undefined))
    .orderBy(asc(leagueReward.league), asc(leagueReward.rank), asc(community.nameEn), asc(manager.nameEn))
  return rows.map(({ reward, ...names }) => ({
    quarter: reward.quarter,
    managerId: reward.managerId,
    managerName: { zh: names.managerZh, en: names.managerEn },
    communityId: reward.communityId,
    communityName: { zh: names.communityZh, en: names.communityEn },
    league: reward.league,
    rank: reward.rank,
    rate: reward.rate,
    recordedAt: reward.recordedAt,
  }))
}
