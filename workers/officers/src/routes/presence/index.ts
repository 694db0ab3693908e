import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { approveWeek, getMyWeek, getTeamWeeks, logPresence, submitWeek } from './presence.handlers'
import { approveWeekRoute, logPresenceRoute, myWeekRoute, submitWeekRoute, teamWeeksRoute } from './presence.routes'

export const presenceRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(myWeekRoute, getMyWeek)
  .openapi(logPresenceRoute, logPresence)
  .openapi(submitWeekRoute, submitWeek)
  .openapi(teamWeeksRoute, getTeamWeeks)
  .openapi(approveWeekRoute, approveWeek)
