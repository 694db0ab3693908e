import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { decideConsequence, listConsequences } from './consequences.handlers'
import { getAnnual, getHistory, getMonthly, getWeekly } from './cycle.handlers'
import {
  annualRoute,
  closeQuarterRoute,
  consequencesRoute,
  decideConsequenceRoute,
  historyRoute,
  monthlyRoute,
  snapshotRoute,
  weeklyRoute,
} from './cycle.routes'
import { closeQuarter, getSnapshot } from './quarter.handlers'

export const cycleRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(closeQuarterRoute, closeQuarter)
  .openapi(snapshotRoute, getSnapshot)
  .openapi(weeklyRoute, getWeekly)
  .openapi(monthlyRoute, getMonthly)
  .openapi(annualRoute, getAnnual)
  .openapi(historyRoute, getHistory)
  .openapi(consequencesRoute, listConsequences)
  .openapi(decideConsequenceRoute, decideConsequence)
