import { env } from 'cloudflare:workers'
import type { ErrorBody, TaskList, TaskTemplate } from '@platform/contracts'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { insertFixture } from './fixture'
import { checklists, insertTaskFixture, templates } from './task-fixture'
import { call, places } from './work-fixture'

// Wednesday 2026-12-02, noon in Beijing: the week runs 2026-11-30 … 2026-12-06.
const now = (iso: string) => vi.setSystemTime(new Date(iso))
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] })
  now('2026-12-02T04:00:00Z')
  await insertFixture()
  await insertTaskFixture()
})
afterAll(() => vi.useRealTimers())

const patrol = {
  kind: 'regular',
  cadence: 'weekly',
  title: { zh: '夜间巡查', en: 'Night patrol of the community' },
  target: 3,
  unit: { zh: '次', en: 'rounds' },
  evidence: 'count',
}
const head = (method: string, path: string, body?: unknown) =>
  call<TaskTemplate>(method, path, 'station_head', places.northHead, body)
const weekOf = (date: string) =>
  call<TaskList>('GET', `/api/officers/me/tasks?period=week&date=${date}`, 'officer', places.wang)
const itemsOf = (list: TaskList, title: string) => list.items.filter((i) => i.title.zh === title)

describe('editing a task template', () => {
  it('changes a template no list holds yet where it stands', async () => {
    const made = await head('POST', '/api/officers/task-templates', { ...patrol, cadence: 'annual' })
    const edited = await head('PUT', `/api/officers/task-templates/${made.body.id}`, {
      ...patrol,
      cadence: 'annual',
      target: 12,
    })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ id: made.body.id, target: 12, validFrom: null, replacesId: null })
  })

  it("keeps this week's lists as they were and gives next week's the new version", async () => {
    const made = await head('POST', '/api/officers/task-templates', patrol)
    const before = await weekOf('2026-12-02')
    expect(itemsOf(before.body, '夜间巡查')).toMatchObject([{ target: 3, templateId: made.body.id }])

    const edited = await head('PUT', `/api/officers/task-templates/${made.body.id}`, {
      ...patrol,
      title: { zh: '夜间巡查（加强）', en: 'Night patrol, reinforced' },
      target: 5,
    })
    expect(edited.status).toBe(201)
    expect(edited.body).toMatchObject({ validFrom: '2026-12-07', replacesId: made.body.id, active: true, target: 5 })

    const same = await weekOf('2026-12-02')
    expect(itemsOf(same.body, '夜间巡查')).toMatchObject([{ target: 3, templateId: made.body.id }])
    expect(itemsOf(same.body, '夜间巡查（加强）')).toEqual([])

    now('2026-12-08T04:00:00Z')
    const next = await weekOf('2026-12-08')
    expect(itemsOf(next.body, '夜间巡查（加强）')).toMatchObject([{ target: 5, templateId: edited.body.id }])
    expect(itemsOf(next.body, '夜间巡查')).toEqual([])
    // The past week still reads as it was made.
    expect(itemsOf((await weekOf('2026-12-02')).body, '夜间巡查')).toMatchObject([{ target: 3 }])
    now('2026-12-02T04:00:00Z')

    const list = await call<{ templates: TaskTemplate[] }>(
      'GET',
      '/api/officers/task-templates',
      'station_head',
      places.northHead,
    )
    expect(list.body.templates.find((t) => t.id === made.body.id)?.active).toBe(false)
  })

  it('answers a retried edit with the first answer (Idempotency-Key), not with the retired refusal', async () => {
    const made = await head('POST', '/api/officers/task-templates', {
      ...patrol,
      title: { zh: '入户核查', en: 'Checks' },
    })
    await weekOf('2026-12-02')
    const body = { ...patrol, title: { zh: '入户核查', en: 'Checks' }, target: 9 }
    const key = { 'idempotency-key': 'edit-checks-1' }
    const path = `/api/officers/task-templates/${made.body.id}`
    const first = await call<TaskTemplate>('PUT', path, 'station_head', places.northHead, body, key)
    const again = await call<TaskTemplate>('PUT', path, 'station_head', places.northHead, body, key)
    expect(first.status).toBe(201)
    expect(again.body.id).toBe(first.body.id)
  })

  it('refuses to edit a retired template with 422 RULE_TEMPLATE_RETIRED', async () => {
    const answer = await call<ErrorBody>(
      'PUT',
      `/api/officers/task-templates/${templates.retired}`,
      'station_head',
      places.northHead,
      patrol,
    )
    expect(answer.status).toBe(422)
    expect(answer.body.error.code).toBe('RULE_TEMPLATE_RETIRED')
  })

  it('answers 400 naming the field when the standard is out of range or the checklist does not go with the evidence', async () => {
    for (const body of [
      { ...patrol, target: 0 },
      { ...patrol, checklistId: checklists.fourKnows },
    ]) {
      const answer = await head('PUT', `/api/officers/task-templates/${templates.visits}`, body)
      expect(answer.status).toBe(400)
    }
  })

  it.each([
    { who: "another station's head", role: 'station_head', place: places.southHead, id: templates.visits, status: 404 },
    {
      who: 'a station head, on a branch-wide template',
      role: 'station_head',
      place: places.northHead,
      id: templates.summary,
      status: 404,
    },
    { who: 'an officer', role: 'officer', place: places.wang, id: templates.visits, status: 403 },
    { who: 'a team leader', role: 'team_leader', place: places.northLeader, id: templates.visits, status: 403 },
    // The south template has no list yet: the branch's edit changes it where it stands.
    { who: 'the branch, on any station', role: 'branch_admin', place: places.branch, id: templates.south, status: 200 },
  ] as const)('answers $status to $who', async ({ role, place, id, status }) => {
    const answer = await call('PUT', `/api/officers/task-templates/${id}`, role, place, {
      ...patrol,
      cadence: 'daily',
      title: { zh: '南站任务', en: 'South task' },
    })
    expect(answer.status).toBe(status)
  })

  it('keeps the made items when a template is retired; no new item comes from it', async () => {
    const made = await head('POST', '/api/officers/task-templates', {
      ...patrol,
      title: { zh: '消防检查', en: 'Fire checks' },
    })
    expect(itemsOf((await weekOf('2026-12-02')).body, '消防检查')).toHaveLength(1)
    expect((await head('POST', `/api/officers/task-templates/${made.body.id}/retire`)).status).toBe(200)
    expect(itemsOf((await weekOf('2026-12-02')).body, '消防检查')).toHaveLength(1)
    now('2026-12-08T04:00:00Z')
    expect(itemsOf((await weekOf('2026-12-08')).body, '消防检查')).toHaveLength(0)
    now('2026-12-02T04:00:00Z')
  })

  it('is audited', async () => {
    const made = await head('POST', '/api/officers/task-templates', { ...patrol, title: { zh: '审计', en: 'Audit' } })
    await head('PUT', `/api/officers/task-templates/${made.body.id}`, {
      ...patrol,
      title: { zh: '审计', en: 'Audit' },
      target: 4,
    })
    const audit = await env.DB.prepare('SELECT action FROM audit_log WHERE entity_id = ?')
      .bind(made.body.id)
      .all<{ action: string }>()
    expect(audit.results.map((row) => row.action)).toEqual(['task.template.create', 'task.template.edit'])
  })
})
