import type { RouteHandler } from '@hono/zod-openapi'
import { notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { configFor } from '../../config'
import { createDb } from '../../db'
import { addMonths, monthOfDay, monthsOfQuarter, quarterOfMonth, shanghaiDay } from '../../rules/calendar'
import { rankLeagues } from '../../rules/league'
import { stationOfRequest } from '../place-scope'
import { stationCode } from '../stations/stations.queries'
import { latestMonth, quarterSums } from './league.queries'
import type { leagueRoute } from './league.routes'

export const getLeague: RouteHandler<typeof leagueRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const db = createDb(c.env)
  const stationId = stationOfRequest(c.var.scope, query.station)
  const code = stationId ? await stationCode(db, stationId) : null
  if (stationId && code === null) throw notFound(`Station ${stationId}`)
  const config = configFor(code)
  const quarter =
    query.quarter ?? latestRankedQuarter((await latestMonth(db, stationId)) ?? monthOfDay(shanghaiDay(new Date())))
  const excellentPerLeague = query.excellent ?? config.league.excellentPerLeague
  const rows = await quarterSums(db, stationId, monthsOfQuarter(quarter))
  const leagues = rankLeagues(rows, { excellentPerLeague, mixedLeague: config.league.mixedLeague })
  return c.json(
    {
      quarter,
      stationId,
      excellentPerLeague,
      mixedLeague: config.league.mixedLeague,
      leagues: leagues.map(({ league, entries }) => ({
        league,
        entries: entries.map((e) => ({
          communityId: e.communityId,
          name: { zh: e.nameZh, en: e.nameEn },
          housingType: e.housingType,
          floatingKnown: e.floatingKnown,
          floatingRegistered: e.floatingRegistered,
          rate: e.rate,
          rank: e.rank,
          excellent: e.excellent,
        })),
      })),
    },
    200,
  )
}

/**
 * The league is made when a quarter closes: the quarter of the latest month on record when that
 * month ends it, otherwise the quarter before (a quarter under way has no ranking yet).
 */
const latestRankedQuarter = (latest: string) =>
  quarterOfMonth(Number(latest.slice(5)) % 3 === 0 ? latest : addMonths(latest, -(Number(latest.slice(5)) % 3)))
