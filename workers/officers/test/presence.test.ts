import type { PresenceEntry, PresenceWeek, TeamWeeks } from '@platform/contracts'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { grids, insertFixture, officers, stations } from './fixture'
import { call, places } from './work-fixture'

// Thursday 3 December 2026, noon in Beijing: the week runs from Monday 30 November.
beforeAll(async () => {
  await insertFixture()
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-12-03T04:00:00Z'))
})
afterAll(() => {
  vi.useRealTimers()
})

const day = (date: string, from: string, to: string) => ({
  start: `${date}T${from}:00+08:00`,
  end: `${date}T${to}:00+08:00`,
})
const log = (body: unknown, place = places.wang, headers?: Record<string, string>) =>
  call<PresenceEntry>('POST', '/api/officers/me/presence', 'officer', place, body, headers)
const myWeek = (query = '', place = places.wang) =>
  call<PresenceWeek>('GET', `/api/officers/me/week${query}`, 'officer', place)

describe('logging time in the community', () => {
  it('adds three entries to the week and totals them', async () => {
    for (const [from, to] of [
      ['08:00', '12:00'],
      ['13:00', '17:30'],
      ['18:00', '19:15'],
    ] as const) {
      const { status } = await log({ ...day('2026-11-30', from, to), gridId: grids.g1, activity: 'household_visit' })
      expect(status).toBe(201)
    }
    const { status, body } = await myWeek()
    expect(status).toBe(200)
    expect(body).toMatchObject({
      weekStart: '2026-11-30',
      weekEnd: '2026-12-06',
      status: 'open',
      gridIds: [grids.g1, grids.g2],
    })
    expect(body.entries).toHaveLength(3)
    expect(body.totals).toMatchObject({ minutes: 585, hours: 9.75, targetHours: 36, metHours: false, shareTarget: 0.9 })
  })

  it.each([
    {
      case: 'overlaps an own entry',
      body: { ...day('2026-11-30', '11:00', '12:30'), gridId: grids.g1, activity: 'outreach' },
      rule: 'RULE_PRESENCE_OVERLAP',
    },
    {
      case: 'ends in the future',
      body: { ...day('2026-12-03', '11:00', '13:00'), gridId: grids.g1, activity: 'outreach' },
      rule: 'RULE_PRESENCE_FUTURE',
    },
    {
      case: 'lasts more than 24 h',
      body: {
        start: '2026-12-01T08:00:00+08:00',
        end: '2026-12-02T08:30:00+08:00',
        gridId: grids.g1,
        activity: 'outreach',
      },
      rule: 'RULE_PRESENCE_TOO_LONG',
    },
    {
      case: 'ends before it starts',
      body: { ...day('2026-12-01', '11:00', '10:00'), gridId: grids.g1, activity: 'outreach' },
      rule: 'RULE_PRESENCE_END_BEFORE_START',
    },
    {
      case: "is in another team's grid",
      body: { ...day('2026-12-01', '08:00', '09:00'), gridId: grids.g3, activity: 'outreach' },
      rule: 'RULE_PRESENCE_GRID',
    },
  ])('refuses an entry that $case with 422 $rule', async ({ body, rule }) => {
    const answer = await log(body)
    expect(answer.status).toBe(422)
    expect(answer.body.error.code).toBe(rule)
  })

  it.each([
    {
      why: 'an unknown activity',
      body: { ...day('2026-12-01', '08:00', '09:00'), gridId: grids.g1, activity: 'golf' },
      field: 'activity',
    },
    {
      why: 'a malformed grid id',
      body: { ...day('2026-12-01', '08:00', '09:00'), gridId: 'g1', activity: 'outreach' },
      field: 'gridId',
    },
    {
      why: 'a date without time',
      body: { start: '2026-12-01', end: '2026-12-01T09:00:00+08:00', gridId: grids.g1, activity: 'outreach' },
      field: 'start',
    },
  ])('answers 400 naming the field to $why', async ({ body, field }) => {
    const answer = await log(body)
    expect(answer.status).toBe(400)
    expect(answer.body.error.details).toMatchObject({ fields: [expect.objectContaining({ path: field })] })
  })

  it('creates an entry once however often the offline queue sends it with the same Idempotency-Key', async () => {
    const body = { ...day('2026-12-01', '08:00', '09:00'), gridId: grids.g2, activity: 'registration' }
    const key = { 'Idempotency-Key': 'desk-queue-entry-0001' }
    const first = await log(body, places.wang, key)
    const again = await log(body, places.wang, key)
    expect([first.status, again.status]).toEqual([201, 201])
    expect(again.body.id).toBe(first.body.id)
    expect((await myWeek()).body.entries.filter((e) => e.gridId === grids.g2)).toHaveLength(1)
    const reused = await log({ ...body, activity: 'outreach' }, places.wang, key)
    expect(reused.status).toBe(422)
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })
})

describe('submitting and approving a week', () => {
  const submit = (week: string) =>
    call<PresenceWeek>('POST', '/api/officers/me/week/submit', 'officer', places.wang, { week })
  const approve = (
    body: unknown,
    role: 'team_leader' | 'station_head' = 'team_leader',
    place: object = places.northLeader,
  ) => call<PresenceWeek>('POST', '/api/officers/presence/weeks/approve', role, place, body)

  it('refuses to approve a week the officer has not submitted', async () => {
    const { status, body } = await approve({ officerId: officers.wang, week: '2026-11-30' })
    expect(status).toBe(422)
    expect(body.error.code).toBe('RULE_WEEK_NOT_SUBMITTED')
  })

  it('refuses to submit a week still to come', async () => {
    expect((await submit('2026-12-07')).body.error.code).toBe('RULE_WEEK_NOT_STARTED')
  })

  it('shows the team its weeks, lets the team leader approve a submitted one, and locks it', async () => {
    const submitted = await submit('2026-12-02')
    expect(submitted.status).toBe(200)
    expect(submitted.body.status).toBe('submitted')
    expect(
      (await log({ ...day('2026-12-02', '08:00', '09:00'), gridId: grids.g1, activity: 'meeting' })).body.error.code,
    ).toBe('RULE_WEEK_SUBMITTED')

    const team = await call<TeamWeeks>(
      'GET',
      '/api/officers/presence/weeks?week=2026-12-01',
      'team_leader',
      places.northLeader,
    )
    expect(team.status).toBe(200)
    expect(team.body.officers.map((o) => o.officerId)).toEqual([officers.li, officers.wang])
    expect(team.body.officers.find((o) => o.officerId === officers.wang)).toMatchObject({
      status: 'submitted',
      entries: 4,
    })

    const approved = await approve({ officerId: officers.wang, week: '2026-11-30' })
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: 'test-team_leader' })

    const locked = await log({ ...day('2026-12-02', '08:00', '09:00'), gridId: grids.g1, activity: 'meeting' })
    expect(locked.status).toBe(409)
    expect(locked.body.error.code).toBe('RULE_WEEK_LOCKED')
    expect((await submit('2026-11-30')).body.error.code).toBe('RULE_WEEK_LOCKED')
    expect((await approve({ officerId: officers.wang, week: '2026-11-30' })).body.error.code).toBe('RULE_WEEK_LOCKED')
  })

  it("answers 404 to a team leader approving another team's officer, and to another station's head", async () => {
    expect((await approve({ officerId: officers.zhao, week: '2026-11-30' })).status).toBe(404)
    expect(
      (await approve({ officerId: officers.wang, week: '2026-11-30' }, 'station_head', places.southHead)).status,
    ).toBe(404)
  })

  it('never lets anyone approve the own week', async () => {
    const own = await call('POST', '/api/officers/me/week/submit', 'team_leader', places.northLeader, {
      week: '2026-11-30',
    })
    expect(own.status).toBe(200)
    const { status, body } = await call(
      'POST',
      '/api/officers/presence/weeks/approve',
      'team_leader',
      places.northLeader,
      {
        officerId: officers.li,
        week: '2026-11-30',
      },
    )
    expect(status).toBe(422)
    expect(body.error.code).toBe('RULE_OWN_WEEK')
  })

  it("keeps a team leader to the own team's weeks", async () => {
    const other = await call(
      'GET',
      `/api/officers/presence/weeks?team=${officers.zhao}`,
      'team_leader',
      places.northLeader,
    )
    expect(other.status).toBe(404)
    const station = await call<TeamWeeks>('GET', '/api/officers/presence/weeks', 'station_head', places.northHead)
    expect(
      station.body.officers.every((o) =>
        [officers.li, officers.wang, officers.zhao, officers.chen].includes(o.officerId),
      ),
    ).toBe(true)
    expect(station.body.officers.some((o) => o.officerId === officers.sun)).toBe(false)
    expect(stations.north).toBeTruthy()
  })
})

describe('time assigned away from the community', () => {
  it('lowers the share of the week', async () => {
    const assigned = await call('POST', '/api/officers/assignments', 'station_head', places.northHead, {
      officerId: officers.zhao,
      kind: 'level1_reinforced_duty',
      start: '2026-12-01T08:00:00+08:00',
      end: '2026-12-01T12:00:00+08:00',
    })
    expect(assigned.status).toBe(201)
    const zhao = { stationId: stations.north, teamId: places.secondLeader.teamId, officerId: officers.zhao }
    await log({ ...day('2026-12-01', '13:00', '17:00'), gridId: grids.g3, activity: 'outreach' }, zhao)
    const { body } = await myWeek('?week=2026-12-01', zhao)
    expect(body.totals).toMatchObject({ hours: 4, awayHours: 4, share: 0.5, metShare: false })
  })
})
