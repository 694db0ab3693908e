import type { RouteHandler } from '@hono/zod-openapi'
import { notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { buildTeamSheet } from '../../reports/team-sheet'
import { buildWeeklyReports } from '../../reports/weekly'
import { localDate, weekEndOf, weekStartOf } from '../../rules/shanghai-time'
import { findMe } from '../shared/me'
import { filterInScope } from '../shared/scope-filter'
import type { myReportRoute, teamSheetRoute, weeklyReportsRoute } from './reports.routes'

const today = () => localDate(Date.now())

export const getMyReport: RouteHandler<typeof myReportRoute, AppEnv> = async (c) => {
  const { week } = c.req.valid('query')
  const db = createDb(c.env)
  const me = await findMe(c, db)
  const [report] = await buildWeeklyReports(db, c.env, { officerId: me.id }, weekStartOf(week ?? today()), today())
  if (!report) throw notFound('Your officer record')
  return c.json(report, 200)
}

export const getWeeklyReports: RouteHandler<typeof weeklyReportsRoute, AppEnv> = async (c) => {
  const { week, team, officer } = c.req.valid('query')
  const db = createDb(c.env)
  const filter = await filterInScope(db, c.var.scope, { team, officer })
  const weekStart = weekStartOf(week ?? today())
  const reports = await buildWeeklyReports(db, c.env, filter, weekStart, today())
  // An officer outside the scope is unknown here, like an id that does not exist.
  if (officer !== undefined && reports.length === 0) throw notFound(`Officer ${officer}`)
  return c.json({ weekStart, weekEnd: weekEndOf(weekStart), reports }, 200)
}

export const getTeamSheet: RouteHandler<typeof teamSheetRoute, AppEnv> = async (c) => {
  const { period, date, team } = c.req.valid('query')
  const db = createDb(c.env)
  const filter = await filterInScope(db, c.var.scope, { team })
  return c.json(await buildTeamSheet(db, c.env, filter, period, date ?? today(), today()), 200)
}
