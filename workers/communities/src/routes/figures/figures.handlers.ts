import type { RouteHandler } from '@hono/zod-openapi'
import { type Figures, IncidentType } from '@platform/contracts'
import { ApiError, notFound } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { COMMUNITIES_CONFIG } from '../../config'
import { createDb, type Db } from '../../db'
import { addDays, addMonths, monthOfDay, monthsEnding, shanghaiDay } from '../../rules/calendar'
import { relativeChange } from '../../rules/changes'
import { shareOf } from '../../rules/registration'
import { latestMonth } from '../league/league.queries'
import { eventTotals, groupsIn, population, reachOf } from '../outreach/outreach.queries'
import { stationOfRequest } from '../place-scope'
import { countCommunities, incidentTotals, monthlyTotals, scopeName } from './figures.queries'
import type { figuresRoute } from './figures.routes'
import { cachedFigures, figuresKey, keepFigures, recordsVersion } from './figures-cache'
import { type MonthPeerFigures, peerFigures, peerFiguresByMonth } from './peer-figures'

const average = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0)

export const getFigures: RouteHandler<typeof figuresRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const scope = c.var.scope
  if (query.scope === 'district' && scope.level !== 'branch')
    throw new ApiError(403, 'FORBIDDEN', 'District figures are for branch-wide accounts')
  const requested = query.scope?.startsWith('station:') ? query.scope.slice('station:'.length) : undefined
  const stationId = stationOfRequest(scope, requested)

  const db = createDb(c.env)
  // The same answer again while nothing here changed and it is fresh (figures-cache.ts).
  const key = figuresKey(stationId, query.period)
  const version = await recordsVersion(db)
  const kept = cachedFigures(key, version)
  if (kept) return c.json(kept, 200)
  const figures = await assembleFigures(c.env, db, stationId, query.period)
  keepFigures(key, version, figures)
  return c.json(figures, 200)
}

/** Every figure of the scope and period, computed from the records and the other workers' answers. */
async function assembleFigures(
  env: AppEnv['Bindings'],
  db: Db,
  stationId: string | null,
  requestedPeriod: string | undefined,
): Promise<Figures> {
  const name = await scopeName(db, stationId)
  if (!name) throw notFound(`Station ${stationId}`)
  const period = requestedPeriod ?? (await latestMonth(db, stationId)) ?? monthOfDay(shanghaiDay(new Date()))
  const { registrationTarget: target, trendMonths } = COMMUNITIES_CONFIG
  const months = monthsEnding(period, trendMonths)
  const previousMonth = addMonths(period, -1)
  const lastYear = addMonths(period, -12)
  const first = `${months[0]}-01`
  const from = `${period}-01`
  const to = addDays(`${addMonths(period, 1)}-01`, -1)
  const [totals, communities, incidentRows, groups, people, inPeriod, inWindow, peersByMonth] = await Promise.all([
    monthlyTotals(db, stationId, months, target),
    countCommunities(db, stationId),
    incidentTotals(db, stationId, [period, previousMonth, lastYear]),
    groupsIn(db, stationId),
    population(db, stationId),
    eventTotals(db, stationId, from, to),
    eventTotals(db, stationId, first, to),
    // Hours and satisfaction per month of the trend come from the officers and assessments workers.
    peerFiguresByMonth(env, months, stationId),
  ])
  const peers = peersByMonth.get(period) ?? (await peerFigures(env, { from, to, ...(stationId ? { stationId } : {}) }))
  const incidentsIn = (month: string, type: string) =>
    incidentRows.find((row) => row.month === month && row.type === type)?.count ?? 0
  const incidents = IncidentType.options.map((type) => {
    const inPeriod = incidentsIn(period, type)
    const before = incidentsIn(previousMonth, type)
    const yearBefore = incidentsIn(lastYear, type)
    return {
      type,
      inPeriod,
      previousMonth: before,
      sameMonthLastYear: yearBefore,
      monthOnMonth: relativeChange(inPeriod, before),
      yearOnYear: relativeChange(inPeriod, yearBefore),
    }
  })
  const byMonth = new Map(totals.map((t) => [t.month, t]))
  const trend = months.map((month) => {
    const t = byMonth.get(month)
    return {
      month,
      floatingRate: t ? shareOf(t.floatingRegistered, t.floatingKnown) : null,
      rentalRate: t ? shareOf(t.rentalRegistered, t.rentalKnown) : null,
      illegalRentalPenalties: t?.penalties ?? 0,
      ...peerTrendPoint(peersByMonth.get(month)),
    }
  })
  const penalties = trend.map((p) => p.illegalRentalPenalties)
  // "Penalties ×3.1 a month": the latest three months against the first three of the window.
  const base = average(penalties.slice(0, 3))
  const now = byMonth.get(period)
  const figures: Figures = {
    scope: { level: stationId ? 'station' : 'district', stationId, name },
    period,
    communities,
    reporting: now?.reporting ?? 0,
    registration: {
      floatingKnown: now?.floatingKnown ?? 0,
      floatingRegistered: now?.floatingRegistered ?? 0,
      floatingRate: now ? shareOf(now.floatingRegistered, now.floatingKnown) : null,
      rentalKnown: now?.rentalKnown ?? 0,
      rentalRegistered: now?.rentalRegistered ?? 0,
      rentalRate: now ? shareOf(now.rentalRegistered, now.rentalKnown) : null,
      doubleHundred: now?.doubleHundred ?? 0,
      target,
    },
    penalties: {
      inPeriod: now?.penalties ?? 0,
      monthlyAverage: average(penalties),
      growth: base > 0 ? average(penalties.slice(-3)) / base : null,
    },
    incidents,
    trend,
    outreach: {
      ...reachOf(groups, people),
      population: people,
      eventsInPeriod: inPeriod.events,
      leafletsInPeriod: inPeriod.leaflets,
      eventsInWindow: inWindow.events,
      leafletsInWindow: inWindow.leaflets,
    },
    ...peers,
  }
  return figures
}

/** A month's hours per dedicated officer and week, and its satisfaction rate; null where unknown. */
function peerTrendPoint(month: MonthPeerFigures | undefined) {
  return {
    weeklyHoursPerDedicatedOfficer: month?.hours.available ? month.hours.weeklyPerDedicatedOfficer : null,
    satisfactionRate: month?.satisfaction.available ? month.satisfaction.rate : null,
  }
}
