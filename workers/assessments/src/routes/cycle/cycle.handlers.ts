import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import { notFound } from '@platform/server-kit'
import { asc, eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { exemptionCase, scoreSheet } from '../../db/schema'
import { officersOf, type Peer, tryPeer } from '../../peers'
import { quarterPeriod } from '../../rules/computed-items'
import { addDays, quarterOf, shanghaiDay } from '../../rules/quarter'
import { loadQuarter, rankQuarter } from '../../scoring/quarter-sheets'
import { stationInScope } from '../scores/scores.handlers'
import type { annualRoute, historyRoute, monthlyRoute, weeklyRoute } from './cycle.routes'

const round = (n: number) => Math.round(n * 100) / 100
const dayOf = (iso: string) => shanghaiDay(new Date(iso))

/** The Monday of the week a day falls in. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}

export const getWeekly: RouteHandler<typeof weeklyRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const stationId = stationInScope(c.var.scope, query.station)
  const from = mondayOf(query.week ?? shanghaiDay(new Date()))
  const to = addDays(from, 6)
  const db = createDb(c.env)
  const details = await loadQuarter(db, stationId, quarterOf(from))
  const unavailable: Peer[] = []
  const asked = { from, to, ...(stationId ? { stationId } : {}) }
  const [hours, tasks] = await Promise.all([
    tryPeer('officers', unavailable, () => officersOf(c.env).communityHours(asked)),
    tryPeer('officers', unavailable, () => officersOf(c.env).taskCompletion(asked)),
  ])
  const officers = details.map((d) => {
    const h = hours?.find((r) => r.officerId === d.officerId)
    const t = tasks?.find((r) => r.officerId === d.officerId)
    const week = d.lines.filter((l) => dayOf(l.recordedAt) >= from && dayOf(l.recordedAt) <= to)
    return {
      officerId: d.officerId,
      stationId: d.stationId,
      communityHours: hours ? (h?.communityHours ?? 0) : null,
      targetHours: hours ? (h?.targetHours ?? 0) : null,
      tasksDue: tasks ? (t?.due ?? 0) : null,
      tasksDone: tasks ? (t?.done ?? 0) : null,
      deductions: week.length,
      pointsDeducted: round(week.reduce((n, l) => n + (l.points * l.weightPct) / 100, 0)),
    }
  })
  return c.json({ stationId: stationId ?? null, from, to, officers, unavailable }, 200)
}

export const getMonthly: RouteHandler<typeof monthlyRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const stationId = stationInScope(c.var.scope, query.station)
  const month = query.month ?? shanghaiDay(new Date()).slice(0, 7)
  const quarter = quarterOf(`${month}-01`)
  const details = await loadQuarter(createDb(c.env), stationId, quarter)
  const ranked = rankQuarter(details)
  const officers = ranked.map((score) => {
    const lines = (details.find((d) => d.officerId === score.officerId)?.lines ?? []).filter(
      (l) => dayOf(l.recordedAt).slice(0, 7) === month,
    )
    return {
      officerId: score.officerId,
      stationId: score.stationId,
      score: score.score,
      rank: score.rank,
      deductedThisMonth: round(lines.reduce((n, l) => n + (l.points * l.weightPct) / 100, 0)),
      entries: lines.length,
    }
  })
  return c.json({ stationId: stationId ?? null, month, quarter, officers }, 200)
}

export const getAnnual: RouteHandler<typeof annualRoute, AppEnv> = async (c) => {
  const query = c.req.valid('query')
  const stationId = stationInScope(c.var.scope, query.station)
  const year = query.year ?? shanghaiDay(new Date()).slice(0, 4)
  const db = createDb(c.env)
  const quarters = await Promise.all(
    [1, 2, 3, 4].map(async (q) => {
      const details = await loadQuarter(db, stationId, `${year}-Q${q}`)
      return { details, ranked: rankQuarter(details) }
    }),
  )
  const officers = new Map<string, { officerId: string; stationId: string }>()
  for (const q of quarters)
    for (const r of q.ranked) officers.set(r.officerId, { officerId: r.officerId, stationId: r.stationId })
  const rows = [...officers.values()].map((o) => {
    const mine = quarters.flatMap(({ details, ranked }) => {
      const score = ranked.find((r) => r.officerId === o.officerId)
      const detail = details.find((d) => d.officerId === o.officerId)
      return score
        ? [
            {
              quarter: score.quarter,
              score: score.score,
              rank: score.rank,
              frozen: score.frozen,
              grade: detail?.snapshot?.grade,
            },
          ]
        : []
    })
    return {
      ...o,
      quarters: mine.map(({ grade: _grade, ...q }) => q),
      average: round(mine.reduce((n, q) => n + q.score, 0) / Math.max(1, mine.length)),
      excellentQuarters: mine.filter((q) => q.grade === 'excellent').length,
    }
  })
  // Ranked within each station by the year's average (equal averages share a rank).
  const ranked = rows
    .sort((a, b) =>
      a.stationId < b.stationId
        ? -1
        : a.stationId > b.stationId
          ? 1
          : b.average - a.average || (a.officerId < b.officerId ? -1 : 1),
    )
    .map((row) => ({
      ...row,
      rank: rows.filter((r) => r.stationId === row.stationId && r.average > row.average).length + 1,
    }))
  return c.json({ stationId: stationId ?? null, year, officers: ranked }, 200)
}

export const getHistory: RouteHandler<typeof historyRoute, AppEnv> = async (c) => {
  const { officerId } = c.req.valid('param')
  const db = createDb(c.env)
  const sheets = await db
    .select()
    .from(scoreSheet)
    .where(eq(scoreSheet.officerId, officerId))
    .orderBy(asc(scoreSheet.quarter))
  const last = sheets.at(-1)
  if (last && !coversStation(c.var.scope, last.stationId)) throw notFound(`Officer ${officerId}`)
  const unavailable: Peer[] = []
  const quarters = await Promise.all(
    sheets.map(async (sheet) => {
      const ranked = rankQuarter(await loadQuarter(db, sheet.stationId, sheet.quarter))
      const own = ranked.find((r) => r.officerId === officerId)
      const period = quarterPeriod(sheet.quarter)
      const hours = await tryPeer('officers', unavailable, () =>
        officersOf(c.env).communityHours({ from: period.from, to: period.to, stationId: sheet.stationId }),
      )
      const h = hours?.find((r) => r.officerId === officerId)
      return {
        quarter: sheet.quarter,
        score: own?.score ?? sheet.basePoints,
        rank: own?.rank ?? 1,
        officers: ranked.length,
        frozen: own?.frozen ?? false,
        adjusted: own?.adjusted ?? 0,
        communityHours: hours ? (h?.communityHours ?? 0) : null,
        targetHours: hours ? (h?.targetHours ?? 0) : null,
      }
    }),
  )
  const cases = await db
    .select()
    .from(exemptionCase)
    .where(eq(exemptionCase.officerId, officerId))
    .orderBy(asc(exemptionCase.filedAt))
  return c.json(
    {
      officerId,
      quarters,
      earlierCases: cases.map((k) => ({ id: k.id, quarter: k.quarter, status: k.status, outcome: k.outcome })),
      unavailable,
    },
    200,
  )
}
