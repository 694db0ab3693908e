import { exports } from 'cloudflare:workers'
import type { TaskList, TeamSheet, WeeklyReport, WeeklyReports } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../src/rules/shanghai-time'
import { insertFixture, officers, stations, teams } from './fixture'
import { insertTaskFixture, templates } from './task-fixture'
import { insertWeekFixture, monday } from './week-fixture'
import { call, places } from './work-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertTaskFixture()
  await insertWeekFixture()
  // Wang Fang opens the desk: today's and this week's lists are made; the weekly summary is written.
  const week = await call<TaskList>('GET', '/api/officers/me/tasks?period=week', 'officer', places.wang)
  const summary = week.body.items.find((i) => i.templateId === templates.summary)
  await call('POST', `/api/officers/me/tasks/${summary?.id}/progress`, 'officer', places.wang, { note: 'Done' })
  await call('GET', '/api/officers/me/tasks?period=day', 'officer', places.wang)
})

describe('GET /api/officers/me/report: the weekly progress report', () => {
  it("gives the officer's hours against the targets, the week's tasks and the disputes", async () => {
    const { status, body } = await call<WeeklyReport>('GET', '/api/officers/me/report', 'officer', places.wang)
    expect(status).toBe(200)
    expect(body).toMatchObject({ officerId: officers.wang, weekStart: monday, teamId: teams.first })
    expect(body.hours).toMatchObject({
      status: 'open',
      totals: { hours: 28, targetHours: 36, shortfallExplained: true },
    })
    expect(body.tasks.due).toBeGreaterThanOrEqual(2)
    expect(body.tasks.done).toBe(1)
    expect(body.tasks.items.find((i) => i.templateId === templates.summary)?.status).toBe('done')
    expect(body.disputes).toEqual({ available: true, settled: 2, overdue: 1, open: 3 })
  })
})

describe('GET /api/officers/reports/weekly', () => {
  it("gives a team leader the own team's reports", async () => {
    const { status, body } = await call<WeeklyReports>(
      'GET',
      '/api/officers/reports/weekly',
      'team_leader',
      places.northLeader,
    )
    expect(status).toBe(200)
    expect(body.reports.map((r) => r.officerId).sort()).toEqual([officers.wang, officers.li].sort())
  })

  it("answers 404 to a team leader asking for another team's officer; a station head gets that officer", async () => {
    const other = await call(
      'GET',
      `/api/officers/reports/weekly?officer=${officers.zhao}`,
      'team_leader',
      places.northLeader,
    )
    expect(other.status).toBe(404)
    const head = await call<WeeklyReports>(
      'GET',
      `/api/officers/reports/weekly?officer=${officers.zhao}`,
      'station_head',
      places.northHead,
    )
    expect(head.body.reports.map((r) => r.officerId)).toEqual([officers.zhao])
  })

  it("answers 404 to a station head asking for another station's officer", async () => {
    const { status } = await call(
      'GET',
      `/api/officers/reports/weekly?officer=${officers.sun}`,
      'station_head',
      places.northHead,
    )
    expect(status).toBe(404)
  })
})

describe('GET /api/officers/reports/team-sheet: the team progress sheet (警务队推进表)', () => {
  it("gives the station head each team's officers with hours, tasks, refusals and disputes, and the team's sums", async () => {
    const { status, body } = await call<TeamSheet>(
      'GET',
      '/api/officers/reports/team-sheet',
      'station_head',
      places.northHead,
    )
    expect(status).toBe(200)
    expect(body.period).toBe('week')
    expect(body.from).toBe(monday)
    expect(body.teams.map((t) => t.teamId)).toEqual([teams.first, teams.second])
    const first = body.teams[0]
    const wang = first?.officers.find((o) => o.officerId === officers.wang)
    expect(wang).toMatchObject({ communityHours: 28, targetHours: 36, awayHours: 8, tasksDone: 1, refusedAttempts: 0 })
    expect(wang?.disputes).toEqual({ available: true, settled: 2, overdue: 1, open: 3 })
    expect(first?.totals).toMatchObject({ communityHours: 28, awayHours: 16, refusedAttempts: 1, share: 0.6364 })
    // Chen Gang is in no team: on no team's sheet.
    expect(body.teams.flatMap((t) => t.officers.map((o) => o.officerId))).not.toContain(officers.chen)
  })

  it("sums a month against the month's target (30 days ÷ 7 × 36 h)", async () => {
    const { body } = await call<TeamSheet>(
      'GET',
      '/api/officers/reports/team-sheet?period=month&date=2026-11-10',
      'station_head',
      places.northHead,
    )
    expect(body).toMatchObject({ period: 'month', from: '2026-11-01', to: '2026-11-30' })
    expect(body.teams[0]?.officers[0]?.targetHours).toBe(154.29)
  })

  it('still answers when the disputes worker fails, with the dispute figures null', async () => {
    const { status, body } = await call<TeamSheet>(
      'GET',
      '/api/officers/reports/team-sheet?period=month&date=1999-01-15',
      'station_head',
      places.northHead,
    )
    expect(status).toBe(200)
    expect(body.teams[0]?.totals.disputes).toEqual({ available: false, settled: null, overdue: null, open: null })
  })

  it('keeps a team leader to the own team', async () => {
    const { body } = await call<TeamSheet>(
      'GET',
      '/api/officers/reports/team-sheet',
      'team_leader',
      places.secondLeader,
    )
    expect(body.teams.map((t) => t.teamId)).toEqual([teams.second])
  })
})

describe('RPC: hours and task completion for the scores', () => {
  it('counts community hours only of weeks the officer submitted, with the hours away and the target', async () => {
    const week = { from: monday, to: addDays(monday, 6), stationId: stations.north }
    const open = await exports.default.communityHours(week)
    expect(open.find((r) => r.officerId === officers.wang)).toEqual({
      officerId: officers.wang,
      stationId: stations.north,
      dedicated: true,
      communityHours: 0,
      awayHours: 8,
      targetHours: 36,
    })
    await call('POST', '/api/officers/me/week/submit', 'officer', places.wang, { week: monday })
    const submitted = await exports.default.communityHours(week)
    expect(submitted.find((r) => r.officerId === officers.wang)?.communityHours).toBe(28)
    expect(submitted.some((r) => r.stationId === stations.south)).toBe(false)
  })

  it('counts the list items falling due in the period and those done, per officer', async () => {
    const rows = await exports.default.taskCompletion({ from: monday, to: '2099-12-31' })
    const wang = rows.find((r) => r.officerId === officers.wang)
    expect(wang?.stationId).toBe(stations.north)
    expect(wang?.done).toBe(1)
    expect(wang?.due).toBeGreaterThanOrEqual(2)
  })

  it.each([
    { from: '2026-11-30', to: '2026-11-01' },
    { from: 'monday', to: '2026-11-01' },
    { from: '2026-11-01', to: '2026-11-30', stationId: 'north' },
  ])('answers no rows for an impossible period %o', async (period) => {
    expect(await exports.default.taskCompletion(period)).toEqual([])
    expect(await exports.default.communityHours(period)).toEqual([])
  })
})
