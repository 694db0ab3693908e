import { env } from 'cloudflare:workers'
import type { MeetingList, StationMeetingCalendar } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertFixture, stations } from './fixture'
import { call, places } from './work-fixture'

beforeAll(insertFixture)

const path = (stationId: string) => `/api/officers/stations/${stationId}/meeting-calendar`
const thursdays = {
  time: '14:30',
  meetings: [
    { kind: 'monthly_summary', week: 1, weekday: 4 },
    { kind: 'monthly_progress', week: 3, weekday: 4 },
    { kind: 'quarterly_summary', week: 1, weekday: 5 },
  ],
}
const set = (body: unknown, role: 'station_head' | 'branch_admin' = 'station_head', stationId = stations.north) =>
  call<StationMeetingCalendar>(
    'PUT',
    path(stationId),
    role,
    role === 'station_head' ? places.northHead : places.branch,
    body,
  )

describe("a station's meeting calendar", () => {
  it("is the branch's until the station sets its own", async () => {
    const { status, body } = await call<StationMeetingCalendar>('GET', path(stations.south), 'officer', places.wang)
    expect(status).toBe(404)
    const own = await call<StationMeetingCalendar>('GET', path(stations.north), 'officer', places.wang)
    expect(own.body).toMatchObject({ source: 'branch', fallback: false, time: '09:00' })
    expect(own.body.meetings).toEqual(own.body.branch.meetings)
    void body
  })

  it('is set by the station head and drives the meetings listed', async () => {
    const answer = await set({ calendar: thursdays })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ source: 'station', time: '14:30', meetings: thursdays.meetings })
    const listed = await call<MeetingList>(
      'GET',
      '/api/officers/meetings?from=2027-01-01&to=2027-01-31',
      'officer',
      places.wang,
    )
    expect(listed.body.meetings.map((m) => [m.kind, m.date])).toEqual([
      ['quarterly_summary', '2027-01-01'],
      ['monthly_summary', '2027-01-07'],
      ['monthly_progress', '2027-01-21'],
    ])
    expect(listed.body.meetings[0]?.startsAt).toBe('2027-01-01T14:30:00+08:00')
  })

  it.each([
    { why: 'a fifth week', meeting: { kind: 'monthly_progress', week: 5, weekday: 2 }, rule: 'RULE_MEETING_RANGE' },
    { why: 'weekday 8', meeting: { kind: 'monthly_summary', week: 1, weekday: 8 }, rule: 'RULE_MEETING_RANGE' },
    {
      why: 'the quarterly summary in week 2',
      meeting: { kind: 'quarterly_summary', week: 2, weekday: 2 },
      rule: 'RULE_MEETING_RANGE',
    },
    {
      why: 'the summary after the progress meeting',
      meeting: { kind: 'monthly_summary', week: 4, weekday: 2 },
      rule: 'RULE_MEETING_ORDER',
    },
  ])('refuses $why with 422 $rule, naming the meeting and field', async ({ meeting, rule }) => {
    const meetings = thursdays.meetings.map((m) => (m.kind === meeting.kind ? meeting : m))
    const answer = await set({ calendar: { ...thursdays, meetings } })
    expect(answer.status).toBe(422)
    expect(answer.body.error).toMatchObject({
      code: rule,
      details: { kind: expect.any(String), field: expect.any(String) },
    })
  })

  it('answers 400 to a malformed time', async () => {
    expect((await set({ calendar: { ...thursdays, time: '25:00' } })).status).toBe(400)
  })

  it("goes back to the branch's with calendar: null", async () => {
    const answer = await set({ calendar: null })
    expect(answer.body).toMatchObject({ source: 'branch', fallback: false })
  })

  it("falls back to the branch's when the stored calendar is malformed, and says so", async () => {
    await env.DB.prepare('INSERT OR REPLACE INTO station_config (station_id, meeting_calendar) VALUES (?, ?)')
      .bind(stations.south, '{"rules":[{"kind":"party"}]}')
      .run()
    const answer = await call<StationMeetingCalendar>('GET', path(stations.south), 'branch_admin', places.branch)
    expect(answer.body).toMatchObject({ source: 'branch', fallback: true, time: '09:00' })
  })

  it.each([
    { who: "another station's head", role: 'station_head', place: places.southHead, status: 404 },
    { who: 'an officer', role: 'officer', place: places.wang, status: 403 },
    { who: 'a team leader', role: 'team_leader', place: places.northLeader, status: 403 },
    { who: 'an auditor', role: 'auditor', place: places.branch, status: 403 },
    { who: 'the branch', role: 'branch_admin', place: places.branch, status: 200 },
  ] as const)('answers $status to $who setting the north calendar', async ({ role, place, status }) => {
    const answer = await call('PUT', path(stations.north), role, place, { calendar: thursdays })
    expect(answer.status).toBe(status)
  })

  it('writes an audit row for a change and none for the same calendar again', async () => {
    const count = async () =>
      (
        await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'station.meetings.set'").first<{
          n: number
        }>()
      )?.n
    await set({ calendar: thursdays })
    const before = await count()
    await set({ calendar: thursdays })
    expect(await count()).toBe(before)
  })
})
