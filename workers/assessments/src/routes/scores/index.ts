import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { computeItems, enterDeduction, setRaters } from './rating.handlers'
import { computeItemsRoute, enterDeductionRoute, setRatersRoute } from './rating.routes'
import { getOfficerDeductions, getScorecards, getStationScores } from './scores.handlers'
import { officerDeductionsRoute, scorecardsRoute, stationScoresRoute } from './scores.routes'

export const scoresRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(scorecardsRoute, getScorecards)
  .openapi(stationScoresRoute, getStationScores)
  .openapi(officerDeductionsRoute, getOfficerDeductions)
  .openapi(enterDeductionRoute, enterDeduction)
  .openapi(computeItemsRoute, computeItems)
  .openapi(setRatersRoute, setRaters)
