import type { MeetingList, TaskTemplate, TaskTemplateList } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { insertFixture, stations } from './fixture'
import { checklists, insertTaskFixture, templates } from './task-fixture'
import { call, places } from './work-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertTaskFixture()
})

const visitTemplate = {
  kind: 'special',
  cadence: 'weekly',
  title: { zh: '冬季防火走访', en: 'Winter fire-safety visits' },
  target: 30,
  unit: { zh: '户', en: 'households' },
  evidence: 'count',
}
const create = (
  body: unknown,
  role: 'station_head' | 'branch_admin' = 'station_head',
  headers?: Record<string, string>,
) =>
  call<TaskTemplate>(
    'POST',
    '/api/officers/task-templates',
    role,
    role === 'station_head' ? places.northHead : places.branch,
    body,
    headers,
  )

describe('task templates', () => {
  it("lists the own station's templates and the branch-wide ones, with the checklists, to an officer", async () => {
    const { status, body } = await call<TaskTemplateList>('GET', '/api/officers/task-templates', 'officer', places.wang)
    expect(status).toBe(200)
    const ids = body.templates.map((t) => t.id)
    expect(ids).toEqual(expect.arrayContaining([templates.visits, templates.summary, templates.retired]))
    expect(ids).not.toContain(templates.south)
    expect(body.checklists.map((c) => c.id)).toEqual([checklists.fourKnows])
    expect(body.checklists[0]?.items).toHaveLength(4)
  })

  it("answers 404 to a station head asking for another station's plan; the branch reads any", async () => {
    const other = await call(
      'GET',
      `/api/officers/task-templates?station=${stations.south}`,
      'station_head',
      places.northHead,
    )
    expect(other.status).toBe(404)
    const branch = await call<TaskTemplateList>(
      'GET',
      `/api/officers/task-templates?station=${stations.south}`,
      'branch_admin',
      places.branch,
    )
    expect(branch.body.templates.map((t) => t.id)).toContain(templates.south)
  })

  it('lets a station head add a special template with a quantified standard to the own station, once per key', async () => {
    const headers = { 'idempotency-key': 'template-winter-visits' }
    const first = await create(visitTemplate, 'station_head', headers)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({
      stationId: stations.north,
      kind: 'special',
      target: 30,
      active: true,
      dedicatedOnly: true,
    })
    const again = await create(visitTemplate, 'station_head', headers)
    expect(again.body.id).toBe(first.body.id)
  })

  it("answers 404 to a station head adding to another station, or with another station's checklist", async () => {
    expect((await create({ ...visitTemplate, stationId: stations.south })).status).toBe(404)
    expect((await create({ ...visitTemplate, evidence: 'checklist', checklistId: checklists.southOnly })).status).toBe(
      404,
    )
  })

  it('lets the branch add a branch-wide checklist template', async () => {
    const { status, body } = await create(
      { ...visitTemplate, cadence: 'monthly', target: 1, evidence: 'checklist', checklistId: checklists.fourKnows },
      'branch_admin',
    )
    expect(status).toBe(201)
    expect(body).toMatchObject({ stationId: null, checklistId: checklists.fourKnows })
  })

  it.each([
    { why: 'checklist evidence without a checklist', body: { ...visitTemplate, evidence: 'checklist' } },
    { why: 'a checklist on a count task', body: { ...visitTemplate, checklistId: checklists.fourKnows } },
    { why: 'a standard of 0', body: { ...visitTemplate, target: 0 } },
    { why: 'an unknown period', body: { ...visitTemplate, cadence: 'fortnightly' } },
  ])('answers 400 to $why', async ({ body }) => {
    expect((await create(body)).status).toBe(400)
  })

  it("retires the own station's template; a branch-wide one is the branch's to retire", async () => {
    const own = await call<TaskTemplate>(
      'POST',
      `/api/officers/task-templates/${templates.halfMonth}/retire`,
      'station_head',
      places.northHead,
    )
    expect(own.status).toBe(200)
    expect(own.body.active).toBe(false)
    const branchWide = await call(
      'POST',
      `/api/officers/task-templates/${templates.summary}/retire`,
      'station_head',
      places.northHead,
    )
    expect(branchWide.status).toBe(404)
    const south = await call(
      'POST',
      `/api/officers/task-templates/${templates.south}/retire`,
      'station_head',
      places.northHead,
    )
    expect(south.status).toBe(404)
  })
})

describe('GET /api/officers/meetings', () => {
  it("gives the own station's meetings of a range", async () => {
    const { status, body } = await call<MeetingList>(
      'GET',
      '/api/officers/meetings?from=2027-01-01&to=2027-03-31',
      'officer',
      places.wang,
    )
    expect(status).toBe(200)
    expect(body.meetings.map((m) => `${m.date} ${m.kind}`)).toEqual([
      '2027-01-05 monthly_summary',
      '2027-01-05 quarterly_summary',
      '2027-01-19 monthly_progress',
      '2027-02-02 monthly_summary',
      '2027-02-16 monthly_progress',
      '2027-03-02 monthly_summary',
      '2027-03-16 monthly_progress',
    ])
    expect(body.meetings.every((m) => m.stationId === stations.north)).toBe(true)
  })

  it('gives the branch every station’s calendar', async () => {
    const { body } = await call<MeetingList>(
      'GET',
      '/api/officers/meetings?from=2026-12-01&to=2026-12-31',
      'branch_admin',
      places.branch,
    )
    expect(new Set(body.meetings.map((m) => m.stationId))).toEqual(new Set([stations.north, stations.south]))
  })

  it.each([
    { why: 'a range ending before it starts', query: '?from=2026-12-02&to=2026-12-01' },
    { why: 'a range over a year', query: '?from=2026-01-01&to=2027-01-02' },
  ])('refuses $why with 422 RULE_MEETING_RANGE', async ({ query }) => {
    const { status, body } = await call('GET', `/api/officers/meetings${query}`, 'officer', places.wang)
    expect(status).toBe(422)
    expect(body.error.code).toBe('RULE_MEETING_RANGE')
  })

  it('accepts a range of exactly 366 days (nearest that passes)', async () => {
    expect(
      (await call('GET', '/api/officers/meetings?from=2027-01-01&to=2028-01-01', 'officer', places.wang)).status,
    ).toBe(200)
  })

  it("answers 404 for another station's calendar below the branch", async () => {
    expect((await call('GET', `/api/officers/meetings?station=${stations.south}`, 'officer', places.wang)).status).toBe(
      404,
    )
  })
})
