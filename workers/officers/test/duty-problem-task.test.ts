import { env, exports } from 'cloudflare:workers'
import type { DailyReminder, TaskItem, TaskList } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../src/rules/shanghai-time'
import { grids, insertFixture, officers } from './fixture'
import { insertTaskFixture } from './task-fixture'
import { call, places } from './work-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertTaskFixture()
})

const handover = (handoverId: string, officerId: string = officers.wang) => ({
  handoverId,
  officerId,
  gridId: grids.g1,
  summary: '消防通道堆放杂物',
  reportedOn: '2026-10-06',
})
const count = async (sql: string, ...params: unknown[]) =>
  Number(
    (
      await env.DB.prepare(sql)
        .bind(...params)
        .first()
    )?.n,
  )
const today = localDate(Date.now())

describe('RPC taskFromDutyProblem: a problem found on joint-defence duty in the officer’s list', () => {
  it('makes a special task due today that shows in the officer’s Today and day list', async () => {
    const { taskId } = await exports.default.taskFromDutyProblem(handover('01JD0000000000000000000HP1'))
    const todayView = await call<DailyReminder>('GET', '/api/officers/me/today', 'officer', places.wang)
    const task = todayView.body.due.find((i: TaskItem) => i.id === taskId)
    expect(task).toMatchObject({ kind: 'special', evidence: 'note', status: 'open', dueDate: today })
    expect(task?.title.zh).toContain('消防通道堆放杂物')
    const day = await call<TaskList>('GET', '/api/officers/me/tasks?period=day', 'officer', places.wang)
    expect(day.body.items.map((i) => i.id)).toContain(taskId)
  })

  it('creates the task once however often the same hand-over is sent, audited once', async () => {
    const id = '01JD0000000000000000000HP2'
    const [first, again] = await Promise.all([
      exports.default.taskFromDutyProblem(handover(id)),
      exports.default.taskFromDutyProblem(handover(id)),
    ])
    const third = await exports.default.taskFromDutyProblem(handover(id))
    expect(again.taskId).toBe(first.taskId)
    expect(third.taskId).toBe(first.taskId)
    expect(await count('SELECT count(*) AS n FROM task_item WHERE id = ?', first.taskId)).toBe(1)
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'task.from_duty_problem' AND entity_id = ?",
        first.taskId,
      ),
    ).toBe(1)
  })

  it('is only in that officer’s list, never copied to the others by list generation', async () => {
    const { taskId } = await exports.default.taskFromDutyProblem(handover('01JD0000000000000000000HP3'))
    const li = await call<TaskList>('GET', '/api/officers/me/tasks?period=day', 'officer', places.northLeader)
    expect(li.body.items.map((i) => i.id)).not.toContain(taskId)
    expect(li.body.items.every((i) => !i.title.zh.includes('联防发现问题'))).toBe(true)
    const plans = await call<{ templates: { title: { zh: string } }[] }>(
      'GET',
      '/api/officers/task-templates',
      'station_head',
      places.northHead,
    )
    expect(plans.status).toBe(200)
    expect(plans.body.templates.every((t) => !t.title.zh.includes('联防发现问题'))).toBe(true)
  })

  it.each([
    { why: 'an unknown officer', input: handover('01JD0000000000000000000HP4', '01JD0000000000000000000E99') },
    { why: 'a hand-over id that is not an id', input: handover('not-an-id') },
  ])('refuses $why and writes nothing', async ({ input }) => {
    const before = await count('SELECT count(*) AS n FROM task_item')
    const refused = await exports.default.taskFromDutyProblem(input).then(
      () => false,
      () => true,
    )
    expect(refused).toBe(true)
    expect(await count('SELECT count(*) AS n FROM task_item')).toBe(before)
  })
})
