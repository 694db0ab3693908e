import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { getMyReport, getTeamSheet, getWeeklyReports } from './reports.handlers'
import { myReportRoute, teamSheetRoute, weeklyReportsRoute } from './reports.routes'

export const reportsRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(myReportRoute, getMyReport)
  .openapi(weeklyReportsRoute, getWeeklyReports)
  .openapi(teamSheetRoute, getTeamSheet)
