import type { RouteHandler } from '@hono/zod-openapi'
import type { QuarterRewards } from '@platform/contracts'
import { notFound, ruleBroken } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { configFor } from '../../config'
import { createDb, type Db } from '../../db'
import { leagueReward, leagueRewardRound, manager } from '../../db/schema'
import { newId } from '../../new-id'
import { monthOfDay, monthsOfQuarter, shanghaiDay } from '../../rules/calendar'
import { rankLeagues } from '../../rules/league'
import { quarterClosed, rewardsFor } from '../../rules/rewards'
import { communityInScope, mustCover } from '../in-scope'
import { quarterSums } from '../league/league.queries'
import { invalidField, stationOfRequest } from '../place-scope'
import { stationCode } from '../stations/stations.queries'
import { commit, createRow } from '../write'
import {
  findManager,
  managersByCommunity,
  rewardRound,
  rewardsOf,
  stationManagers,
  toManager,
} from './managers.queries'
import type {
  createManagerRoute,
  listManagersRoute,
  recordRewardsRoute,
  rewardsRoute,
  updateManagerRoute,
} from './managers.routes'

export const getManagers: RouteHandler<typeof listManagersRoute, AppEnv> = async (c) => {
  const stationId = stationOfRequest(c.var.scope, c.req.valid('query').station)
  const db = createDb(c.env)
  return c.json({ stationId, communities: await managersByCommunity(db, stationId) }, 200)
}

export const createManager: RouteHandler<typeof createManagerRoute, AppEnv> = async (c) => {
  const input = c.req.valid('json')
  const db = createDb(c.env)
  await communityInScope(db, c.var.scope, input.communityId)
  const created = await createRow(c, db, {
    action: 'manager.create',
    entity: 'manager',
    request: input,
    row: () => ({
      id: newId(),
      communityId: input.communityId,
      nameZh: input.name.zh,
      nameEn: input.name.en,
      active: true,
    }),
    insert: (row) => db.insert(manager).values(row),
    record: toManager,
    // The audit keeps ids, not the person's name.
    audited: (row) => ({ communityId: row.communityId }),
  })
  return c.json(created, 201)
}

export const updateManager: RouteHandler<typeof updateManagerRoute, AppEnv> = async (c) => {
  const { managerId } = c.req.valid('param')
  const { active } = c.req.valid('json')
  const db = createDb(c.env)
  const found = mustCover(c.var.scope, await findManager(db, managerId), `Manager ${managerId}`)
  const after = { ...found.manager, active }
  await commit(c, db, {
    statements: [db.update(manager).set({ active }).where(eq(manager.id, managerId))],
    answer: { status: 200, body: null },
    audit: {
      action: 'manager.update',
      entity: 'manager',
      entityId: managerId,
      before: { active: found.manager.active },
      after: { active },
    },
  })
  return c.json(toManager(after), 200)
}

/** The station a rewards request is about: named at the branch, the own one below it; known. */
async function rewardStation(db: Db, scope: AppEnv['Variables']['scope'], requested: string | undefined) {
  const stationId = stationOfRequest(scope, requested)
  if (!stationId) throw invalidField('query', 'station', 'required', 'name the station whose rewards these are')
  const code = await stationCode(db, stationId)
  if (code === null) throw notFound(`Station ${stationId}`)
  return { stationId, code }
}

const isDuplicateRound = (err: unknown) =>
  /UNIQUE constraint failed: league_reward/i.test(String((err as Error)?.message ?? err))

export const recordRewards: RouteHandler<typeof recordRewardsRoute, AppEnv> = async (c) => {
  const { quarter } = c.req.valid('param')
  const db = createDb(c.env)
  const { stationId, code } = await rewardStation(db, c.var.scope, c.req.valid('query').station)
  const months = monthsOfQuarter(quarter)
  if (!quarterClosed(months[2] as string, monthOfDay(shanghaiDay(new Date()))))
    throw ruleBroken('RULE_QUARTER_NOT_CLOSED', `${quarter} has not closed: its league is not final yet`, { quarter })

  const onRecord = async (): Promise<QuarterRewards> => ({
    quarter,
    stationId,
    recordedNow: false,
    rewards: await rewardsOf(db, quarter, stationId),
  })
  if (await rewardRound(db, quarter, stationId)) return c.json(await onRecord(), 200)

  const config = configFor(code)
  const leagues = rankLeagues(await quarterSums(db, stationId, months), {
    excellentPerLeague: config.league.excellentPerLeague,
    mixedLeague: config.league.mixedLeague,
  })
  const drafts = rewardsFor(leagues, await stationManagers(db, stationId))
  const recordedAt = new Date().toISOString()
  const rows = drafts.map((d) => ({ ...d, quarter, stationId, recordedAt }))
  try {
    await commit(c, db, {
      statements: [
        db.insert(leagueRewardRound).values({ quarter, stationId, recordedAt, recordedBy: c.var.actor.userId }),
        ...(rows.length ? [db.insert(leagueReward).values(rows)] : []),
      ],
      answer: { status: 201, body: null },
      audit: {
        action: 'league.reward',
        entity: 'league_reward_round',
        entityId: `${quarter}/${stationId}`,
        after: { rewards: drafts },
      },
    })
  } catch (err) {
    // Another request recorded the quarter first: answer what it recorded.
    if (isDuplicateRound(err)) return c.json(await onRecord(), 200)
    throw err
  }
  return c.json({ ...(await onRecord()), recordedNow: true }, 201)
}

export const getRewards: RouteHandler<typeof rewardsRoute, AppEnv> = async (c) => {
  const { quarter } = c.req.valid('param')
  const db = createDb(c.env)
  const requested = c.req.valid('query').station
  // At the branch without a station: every station's rewards of the quarter.
  const stationId =
    requested === undefined && c.var.scope.level === 'branch'
      ? null
      : (await rewardStation(db, c.var.scope, requested)).stationId
  return c.json({ quarter, stationId, recordedNow: false, rewards: await rewardsOf(db, quarter, stationId) }, 200)
}
