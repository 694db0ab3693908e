import { env } from 'cloudflare:workers'
import type { DailyReminder, TaskItem, TaskList } from '@platform/contracts'
import type { Place } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '../src/db'
import { taskItem } from '../src/db/schema'
import { addDays, localDate } from '../src/rules/shanghai-time'
import { periodOf } from '../src/rules/task-periods'
import { makeListsOf } from '../src/tasks/morning-lists'
import { insertFixture, officers, stations, teams } from './fixture'
import { insertTaskFixture, templates } from './task-fixture'
import { call, places } from './work-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertTaskFixture()
})

const today = localDate(Date.now())
const li = { stationId: stations.north, teamId: teams.first, officerId: officers.li }
const chen = { stationId: stations.north, officerId: officers.chen }
const tasks = (query: string, place: Place = places.wang) =>
  call<TaskList>('GET', `/api/officers/me/tasks${query}`, 'officer', place)
const progress = (itemId: string, body: unknown, place: Place = places.wang, headers?: Record<string, string>) =>
  call<TaskItem>('POST', `/api/officers/me/tasks/${itemId}/progress`, 'officer', place, body, headers)
const itemOf = (list: TaskList, templateId: string) => {
  const item = list.items.find((i) => i.templateId === templateId)
  if (!item) throw new Error(`no item of ${templateId}`)
  return item
}
const auditCount = async (action: string) =>
  Number((await env.DB.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').bind(action).first())?.n)

/** An item put straight into the database, for periods the tests cannot wait for. */
async function putItem(templateId: string, start: string, end: string, officerId: string = officers.wang) {
  const itemId = `01JD${`Z${start.replaceAll('-', '')}${templateId.slice(-2)}`.padStart(22, '0')}`
  await createDb(env).insert(taskItem).values({
    id: itemId,
    officerId,
    stationId: stations.north,
    templateId,
    periodStart: start,
    periodEnd: end,
    target: 5,
    done: 0,
    note: null,
    checked: '[]',
    status: 'open',
    completedAt: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
  })
  return itemId
}

describe('GET /api/officers/me/tasks: lists made on first read, once', () => {
  it("makes today's daily list from the station's active templates, the same items on a second read", async () => {
    const first = await tasks('?period=day')
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ officerId: officers.wang, period: 'day', from: today, to: today })
    expect(first.body.items.map((i) => i.templateId).sort()).toEqual([templates.visits, templates.everyone].sort())
    const generated = await auditCount('task.list.generate')
    const second = await tasks('')
    expect(second.body.items.map((i) => i.id).sort()).toEqual(first.body.items.map((i) => i.id).sort())
    expect(await auditCount('task.list.generate')).toBe(generated)
  })

  it('gives the quantified standard, the evidence and the due date', async () => {
    const visits = itemOf((await tasks('?period=day')).body, templates.visits)
    expect(visits).toMatchObject({
      cadence: 'daily',
      title: { zh: '走访住户', en: 'Visit households' },
      unit: { en: 'households' },
      target: 5,
      done: 0,
      evidence: 'count',
      status: 'open',
      overdue: false,
      dueDate: today,
    })
  })

  it.each([
    { period: 'week', expected: [templates.summary] },
    { period: 'month', expected: [templates.halfMonth, templates.fourKnows] },
    { period: 'quarter', expected: [templates.quarter] },
    { period: 'year', expected: [templates.year] },
  ])('shows the $period list (the branch-wide templates included)', async ({ period, expected }) => {
    const { status, body } = await tasks(`?period=${period}`)
    expect(status).toBe(200)
    expect(body.items.map((i) => i.templateId).sort()).toEqual([...expected].sort())
    expect(body.progress).toEqual({ due: expected.length, done: 0, overdue: 0 })
  })

  it('makes the current half of the month only', async () => {
    const { body } = await tasks('?period=month')
    const half = itemOf(body, templates.halfMonth)
    expect(half).toMatchObject(
      Object.fromEntries(
        Object.entries(periodOf('half_monthly', today)).map(([k, v]) => [
          `period${k === 'start' ? 'Start' : 'End'}`,
          v,
        ]),
      ),
    )
  })

  it('gives a non-dedicated officer only the templates for every officer', async () => {
    const { body } = await tasks('?period=day', chen)
    expect(body.items.map((i) => i.templateId)).toEqual([templates.everyone])
  })

  it('makes nothing for a past or future day that was never made (it shows what exists)', async () => {
    const { status, body } = await tasks(`?period=day&date=${addDays(today, 30)}`)
    expect(status).toBe(200)
    expect(body.items).toEqual([])
  })

  it('lists the meetings of the window: summary on the Tuesday of week 1, progress on the Tuesday of week 3', async () => {
    const { body } = await tasks('?period=month&date=2026-12-10')
    expect(body.meetings).toEqual([
      { kind: 'monthly_summary', date: '2026-12-01', startsAt: '2026-12-01T09:00:00+08:00', stationId: stations.north },
      {
        kind: 'monthly_progress',
        date: '2026-12-15',
        startsAt: '2026-12-15T09:00:00+08:00',
        stationId: stations.north,
      },
    ])
  })

  it.each(['?period=fortnight', '?date=2026-13-01', '?date=yesterday'])('answers 400 to %s', async (query) => {
    expect((await tasks(query)).status).toBe(400)
  })
})

describe('POST /api/officers/me/tasks/{id}/progress', () => {
  it('keeps a count short of the standard open, and completes it at the standard', async () => {
    const visits = itemOf((await tasks('?period=day')).body, templates.visits)
    const short = await progress(visits.id, { done: 4 })
    expect(short.status).toBe(200)
    expect(short.body).toMatchObject({ done: 4, status: 'open', completedAt: null })
    const reached = await progress(visits.id, { done: 5, note: 'Building 3 done' })
    expect(reached.body).toMatchObject({ done: 5, status: 'done', note: 'Building 3 done' })
    expect(reached.body.completedAt).not.toBeNull()
  })

  it('completes a checklist task when every item is ticked', async () => {
    const fourKnows = itemOf((await tasks('?period=month')).body, templates.fourKnows)
    expect(fourKnows.checklist?.items).toHaveLength(4)
    const three = await progress(fourKnows.id, { checked: [1, 2, 3], done: 1 })
    expect(three.body).toMatchObject({ status: 'open', checked: [1, 2, 3] })
    const all = await progress(fourKnows.id, { checked: [4, 3, 2, 1, 1] })
    expect(all.body).toMatchObject({ status: 'done', checked: [1, 2, 3, 4] })
  })

  it('refuses a tick not on the checklist with 422 RULE_CHECKLIST_ITEM', async () => {
    const fourKnows = itemOf((await tasks('?period=month')).body, templates.fourKnows)
    const { status, body } = await progress(fourKnows.id, { checked: [9] })
    expect(status).toBe(422)
    expect(body.error.code).toBe('RULE_CHECKLIST_ITEM')
  })

  it('completes a note task with its note', async () => {
    const summary = itemOf((await tasks('?period=week')).body, templates.summary)
    const { body } = await progress(summary.id, { note: 'Visited 32 households, two disputes screened' })
    expect(body.status).toBe('done')
  })

  it('refuses progress on a period still to come with 422 RULE_TASK_NOT_STARTED', async () => {
    const future = await putItem(templates.visits, addDays(today, 3), addDays(today, 3))
    const { status, body } = await progress(future, { done: 1 })
    expect(status).toBe(422)
    expect(body.error.code).toBe('RULE_TASK_NOT_STARTED')
  })

  it("answers 404 to another officer's item, and changes nothing", async () => {
    const visits = itemOf((await tasks('?period=day')).body, templates.visits)
    const { status } = await progress(visits.id, { done: 0 }, li)
    expect(status).toBe(404)
    expect(itemOf((await tasks('?period=day')).body, templates.visits).done).toBe(5)
  })

  it('records an offline retry with the same Idempotency-Key once', async () => {
    const everyone = itemOf((await tasks('?period=day')).body, templates.everyone)
    const before = await auditCount('task.progress')
    const headers = { 'idempotency-key': 'offline-queue-task-1' }
    const first = await progress(everyone.id, { done: 1 }, places.wang, headers)
    const again = await progress(everyone.id, { done: 1 }, places.wang, headers)
    expect(again).toEqual(first)
    expect(await auditCount('task.progress')).toBe(before + 1)
  })

  it.each([
    { why: 'a negative count', body: { done: -1 } },
    { why: 'a count that is not a whole number', body: { done: 1.5 } },
    { why: 'a note over 500 characters', body: { note: 'x'.repeat(501) } },
  ])('answers 400 to $why', async ({ body }) => {
    const visits = itemOf((await tasks('?period=day')).body, templates.visits)
    expect((await progress(visits.id, body)).status).toBe(400)
  })
})

describe('GET /api/officers/me/today: the daily reminder', () => {
  it("lists today's due items, the overdue ones, and the officer's open disputes", async () => {
    const overdue = await putItem(templates.visits, addDays(today, -2), addDays(today, -2))
    const { status, body } = await call<DailyReminder>('GET', '/api/officers/me/today', 'officer', places.wang)
    expect(status).toBe(200)
    expect(body.date).toBe(today)
    expect(body.due.every((i) => i.dueDate === today)).toBe(true)
    expect(body.due.map((i) => i.templateId)).toContain(templates.visits)
    expect(body.overdue.map((i) => i.id)).toContain(overdue)
    expect(body.overdue.every((i) => i.overdue && i.status === 'open')).toBe(true)
    expect(body.disputes).toEqual({ available: true, items: [expect.objectContaining({ reference: 'QH-2026-0001' })] })
  })

  it('lists open items falling due within the next seven days', async () => {
    const soon = await putItem(templates.halfMonth, today, addDays(today, 7))
    const later = await putItem(templates.quarter, today, addDays(today, 8))
    const { body } = await call<DailyReminder>('GET', '/api/officers/me/today', 'officer', places.wang)
    expect(body.upcoming.map((i) => i.id)).toContain(soon)
    expect(body.upcoming.map((i) => i.id)).not.toContain(later)
  })

  it('still answers when the disputes worker fails, and says the disputes are unavailable', async () => {
    const { status, body } = await call<DailyReminder>('GET', '/api/officers/me/today', 'officer', li)
    expect(status).toBe(200)
    expect(body.disputes).toEqual({ available: false, items: [] })
  })

  it("lists the day's meetings", async () => {
    const { body } = await call<DailyReminder>('GET', '/api/officers/me/today?date=2026-12-15', 'officer', places.wang)
    expect(body.meetings.map((m) => m.kind)).toEqual(['monthly_progress'])
  })
})

describe('the morning run', () => {
  it("makes every officer's lists of the day once, templates for dedicated officers to dedicated officers only", async () => {
    const date = addDays(today, 1)
    const made = await makeListsOf(createDb(env), date)
    expect(made).toBeGreaterThan(0)
    expect(await makeListsOf(createDb(env), date)).toBe(0)
    const rows = (
      await env.DB.prepare('SELECT officer_id, template_id FROM task_item WHERE period_start = ? AND period_end = ?')
        .bind(date, date)
        .all<{ officer_id: string; template_id: string }>()
    ).results
    expect(rows.filter((r) => r.officer_id === officers.chen).map((r) => r.template_id)).toEqual([templates.everyone])
    expect(rows.filter((r) => r.officer_id === officers.sun).map((r) => r.template_id)).toEqual([templates.south])
    expect(rows.some((r) => r.template_id === templates.retired)).toBe(false)
  })
})
