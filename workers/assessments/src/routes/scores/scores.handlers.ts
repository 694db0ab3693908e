import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation, type Scope } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { quarterOf, shanghaiDay } from '../../rules/quarter'
import { loadScorecards, officerDeductions, stationScores } from './scores.queries'
import type { officerDeductionsRoute, scorecardsRoute, stationScoresRoute } from './scores.routes'

/**
 * The station a read is about: below the branch the own one (asked for none, that one; another
 * one is 404 as if unknown); at the branch the one asked for, or every station (undefined).
 */
export function stationInScope(scope: Scope, asked: string | undefined): string | undefined {
  const stationId = scope.level === 'branch' ? asked : (asked ?? scope.stationId)
  if (scope.level !== 'branch' && !coversStation(scope, stationId)) throw notFound(`Station ${asked ?? ''}`.trim())
  return stationId
}

export const getScorecards: RouteHandler<typeof scorecardsRoute, AppEnv> = async (c) => {
  const stationId = stationInScope(c.var.scope, c.req.valid('query').station)
  return c.json({ scorecards: await loadScorecards(createDb(c.env), stationId) }, 200)
}

export const getStationScores: RouteHandler<typeof stationScoresRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const stationId = stationInScope(c.var.scope, query.station)
  const quarter = query.quarter ?? quarterOf(shanghaiDay(new Date()))
  const scores = await stationScores(createDb(c.env), stationId, quarter)
  return c.json({ stationId: stationId ?? null, quarter, scores }, 200)
}

export const getOfficerDeductions: RouteHandler<typeof officerDeductionsRoute, AppEnv> = async (c) => {
  const { officerId } = c.req.valid('param')
  const quarter = c.req.valid('query').quarter ?? quarterOf(shanghaiDay(new Date()))
  const { sheet, deductions } = await officerDeductions(createDb(c.env), officerId, quarter)
  if (sheet && !coversStation(c.var.scope, sheet.stationId)) throw notFound(`Officer ${officerId}`)
  return c.json({ officerId, quarter, deductions: sheet ? deductions : [] }, 200)
}
