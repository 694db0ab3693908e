import { env } from 'cloudflare:workers'
import type {
  DefenceGroupRecord,
  DutyProblem,
  DutyReport,
  DutyReportList,
  GroupRota,
  ShopRecord,
} from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, shanghaiDay } from '../src/rules/calendar'
import { call, place } from './call'
import { communities, grids, insertFixture, stations } from './fixture'
import { groups, insertPreventionFixture, shops } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
})

/** The stub peers' test controls (test/stubs): take them down or make them late, count what they made. */
type StubPeer = {
  stubMode(mode: 'up' | 'down' | 'slow'): Promise<void>
  stubCreations(handoverId: string): Promise<number>
  stubLead(handoverId: string): Promise<{ handover: Record<string, unknown> } | null>
}
const peer = (binding: Fetcher) => binding as unknown as StubPeer

describe('joint defence: editing shops and groups', () => {
  it('forms a group in a community and adds a shop that then takes its turn', async () => {
    const group = await call<DefenceGroupRecord>('POST', '/defence-groups', {
      communityId: communities.caishikou,
      name: { zh: '菜市口第1组', en: 'Caishikou group 1' },
      street: { zh: '菜市口大街', en: 'Caishikou Street' },
      rotaStart: '2026-10-05',
    })
    expect(group.status).toBe(201)
    expect(group.body.stationId).toBe(stations.qianmen)
    for (const [i, name] of ['甲', '乙', '丙'].entries()) {
      const shop = await call<ShopRecord>('POST', `/defence-groups/${group.body.id}/shops`, {
        name: { zh: `${name}店`, en: `Shop ${name}` },
        position: i,
        closedWeekdays: i === 2 ? [1] : [],
      })
      expect(shop.status).toBe(201)
    }
    const rota = await call<GroupRota>('GET', `/defence-groups/${group.body.id}/rota?from=2026-10-05&to=2026-10-07`)
    expect(rota.body.days.map((d) => d.shops.length)).toEqual([2, 2, 2])
  })

  it('edits a shop (closed days, staff) and refuses one closed every day', async () => {
    const edited = await call<ShopRecord>('PUT', `/shops/${shops[0]}`, { closedWeekdays: [7], staff: 2 })
    expect(edited.body).toMatchObject({ closedWeekdays: [7], staff: 2 })
    expect((await call('PUT', `/shops/${shops[0]}`, { closedWeekdays: [1, 2, 3, 4, 5, 6, 7] })).status).toBe(400)
    expect((await call('PUT', `/shops/${shops[0]}`, { staff: -1 })).status).toBe(400)
    expect((await call('PUT', `/shops/${shops[0]}`, { groupId: groups.beixinqiao })).status).toBe(400)
  })

  it('takes a shop that closed down off the rota, and back on when it opens again', async () => {
    const group = await call<DefenceGroupRecord>('POST', '/defence-groups', {
      communityId: communities.caishikou,
      name: { zh: '菜市口第2组', en: 'Caishikou group 2' },
      street: { zh: '菜市口大街', en: 'Caishikou Street' },
      rotaStart: '2026-10-05',
    })
    const added: ShopRecord[] = []
    for (const [i, name] of ['子', '丑', '寅'].entries())
      added.push(
        (
          await call<ShopRecord>('POST', `/defence-groups/${group.body.id}/shops`, {
            name: { zh: `${name}店`, en: `Shop ${name}` },
            position: i,
          })
        ).body,
      )
    const gone = added[2] as ShopRecord
    const onDuty = async () => {
      const rota = await call<GroupRota>('GET', `/defence-groups/${group.body.id}/rota?from=2026-10-05&to=2026-10-10`)
      return {
        shops: rota.body.shops.map((s) => s.id),
        served: rota.body.days.flatMap((d) => d.shops.map((s) => s.id)),
      }
    }
    expect((await onDuty()).served).toContain(gone.id)

    const closed = await call<ShopRecord>('PUT', `/shops/${gone.id}`, { closed: true })
    expect(closed.status).toBe(200)
    expect(closed.body.closedOn).toBe(shanghaiDay(new Date()))
    const without = await onDuty()
    expect(without.shops).not.toContain(gone.id)
    expect(without.served).not.toContain(gone.id)
    // Two open shops left: both serve every day.
    expect(without.served).toHaveLength(12)
    // Its duty is over: it cannot be named in a report either.
    const report = await call('POST', `/defence-groups/${group.body.id}/duty-reports`, {
      date: shanghaiDay(new Date()),
      shopIds: [gone.id],
      patrolDone: true,
      problems: [],
    })
    expect(report.status).toBe(400)

    const reopened = await call<ShopRecord>('PUT', `/shops/${gone.id}`, { closed: false })
    expect(reopened.body.closedOn).toBeNull()
    expect((await onDuty()).served).toContain(gone.id)
  })

  it('keeps another station’s group and shops out (404)', async () => {
    expect((await call('PUT', `/defence-groups/${groups.beixinqiao}`, { name: { zh: 'x', en: 'x' } })).status).toBe(404)
    expect(
      (await call('POST', `/defence-groups/${groups.beixinqiao}/shops`, { name: { zh: 'x', en: 'x' }, position: 1 }))
        .status,
    ).toBe(404)
  })
})

describe('joint defence: duty reports and problems handed over', () => {
  let problemIds: string[] = []

  it('records a day on duty with its problems, once per group and day', async () => {
    await call('PUT', `/defence-groups/${groups.dashilan}`, { communityId: communities.dashilan })
    const report = {
      date: '2026-10-06',
      shopIds: [shops[0], shops[1]],
      patrolDone: true,
      problems: [
        { kind: 'safety_hazard', description: '消防通道堆放杂物' },
        { kind: 'dispute', description: '两家商户因占道经营争执' },
      ],
    }
    const first = await call<DutyReport>(
      'POST',
      `/defence-groups/${groups.dashilan}/duty-reports`,
      report,
      await asRole('officer', place),
    )
    expect(first.status).toBe(201)
    expect(first.body.problems.map((p) => p.escalation)).toEqual(['none', 'none'])
    problemIds = first.body.problems.map((p) => p.id)
    const again = await call('POST', `/defence-groups/${groups.dashilan}/duty-reports`, report)
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('DUTY_REPORT_EXISTS')
    const list = await call<DutyReportList>(
      'GET',
      `/defence-groups/${groups.dashilan}/duty-reports?from=2026-10-01&to=2026-10-31`,
    )
    expect(list.body.reports).toHaveLength(1)
  })

  it('hands a hazard to the grid’s responsible officer as a task, once', async () => {
    const { status, body } = await call<DutyProblem>('POST', `/duty-problems/${problemIds[0]}/escalate`, { to: 'task' })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      escalation: 'task',
      status: 'sent',
      gridId: grids.qianmen1,
      officerId: '01JD00000000000000000000E2',
      taskId: expect.stringMatching(/^01JD/),
      handoverFailure: null,
    })
    const same = await call<DutyProblem>('POST', `/duty-problems/${problemIds[0]}/escalate`, { to: 'task' })
    expect(same.status).toBe(200)
    expect(same.body.taskId).toBe(body.taskId)
    expect(await peer(env.OFFICERS).stubCreations(problemIds[0] as string)).toBe(1)
    const again = await call('POST', `/duty-problems/${problemIds[0]}/escalate`, { to: 'dispute_lead' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('PROBLEM_ALREADY_ESCALATED')
  })

  it('hands a quarrel over as a dispute lead, with its reference on the problem', async () => {
    const { body } = await call<DutyProblem>('POST', `/duty-problems/${problemIds[1]}/escalate`, { to: 'dispute_lead' })
    expect(body).toMatchObject({
      escalation: 'dispute_lead',
      status: 'sent',
      officerId: null,
      disputeId: expect.stringMatching(/^01JD/),
      disputeReference: expect.stringMatching(/\S/),
    })
    expect(await peer(env.DISPUTES).stubLead(problemIds[1] as string)).toMatchObject({
      handover: { communityId: communities.dashilan, stationId: stations.qianmen, reportedOn: '2026-10-06' },
    })
  })

  it.each([
    {
      why: 'a shop of another group',
      patch: { shopIds: [shops[0], '01JD000000000000000000SH99'] },
      field: 'shopIds.1',
    },
    { why: 'a shop listed twice', patch: { shopIds: [shops[0], shops[0]] }, field: 'shopIds.1' },
  ])('refuses $why with 400 naming it', async ({ patch, field }) => {
    const { status, body } = await call('POST', `/defence-groups/${groups.dashilan}/duty-reports`, {
      date: '2026-10-07',
      patrolDone: true,
      problems: [],
      ...patch,
    })
    expect(status).toBe(400)
    expect(body.error.details).toMatchObject({ fields: [expect.objectContaining({ path: field })] })
  })

  it('refuses a report of a day to come', async () => {
    const tomorrow = addDays(shanghaiDay(new Date()), 1)
    const { status } = await call('POST', `/defence-groups/${groups.dashilan}/duty-reports`, {
      date: tomorrow,
      shopIds: [shops[0]],
      patrolDone: false,
      problems: [],
    })
    expect(status).toBe(400)
  })
})

describe('joint defence: a hand-over the other side did not take is sent again, once', () => {
  const problems: string[] = []
  const escalate = (id: string, to: 'task' | 'dispute_lead') =>
    call<DutyProblem>('POST', `/duty-problems/${id}/escalate`, { to })

  beforeAll(async () => {
    const { body } = await call<DutyReport>('POST', `/defence-groups/${groups.dashilan}/duty-reports`, {
      date: '2026-10-05',
      shopIds: [shops[0]],
      patrolDone: true,
      problems: [
        { kind: 'safety_hazard', description: '电动车楼道充电' },
        { kind: 'safety_hazard', description: '广告牌松动' },
        { kind: 'dispute', description: '顾客与店主争执' },
      ],
    })
    problems.push(...body.problems.map((p) => p.id))
  })

  it('keeps a task requested with the reason when the officers worker is down, and a later retry sends it once', async () => {
    const id = problems[0] as string
    await peer(env.OFFICERS).stubMode('down')
    try {
      const down = await escalate(id, 'task')
      expect(down.status).toBe(200)
      expect(down.body).toMatchObject({ status: 'requested', handoverFailure: 'failed', taskId: null })
    } finally {
      await peer(env.OFFICERS).stubMode('up')
    }
    const retry = await escalate(id, 'task')
    expect(retry.body).toMatchObject({ status: 'sent', handoverFailure: null, officerId: '01JD00000000000000000000E2' })
    const third = await escalate(id, 'task')
    expect(third.body.taskId).toBe(retry.body.taskId)
    expect(await peer(env.OFFICERS).stubCreations(id)).toBe(1)
  })

  it('keeps a task requested on a timeout; the retry answers the task the late call made, created once', async () => {
    const id = problems[1] as string
    await peer(env.OFFICERS).stubMode('slow')
    try {
      const late = await escalate(id, 'task')
      expect(late.status).toBe(200)
      expect(late.body).toMatchObject({ status: 'requested', handoverFailure: 'timeout' })
    } finally {
      await peer(env.OFFICERS).stubMode('up')
    }
    const retry = await escalate(id, 'task')
    expect(retry.body).toMatchObject({ status: 'sent', taskId: expect.stringMatching(/^01JD/) })
    expect(await peer(env.OFFICERS).stubCreations(id)).toBe(1)
  }, 15_000)

  it('keeps a lead requested when the disputes worker is down, and a later retry records it once', async () => {
    const id = problems[2] as string
    await peer(env.DISPUTES).stubMode('down')
    try {
      const down = await escalate(id, 'dispute_lead')
      expect(down.body).toMatchObject({ status: 'requested', handoverFailure: 'failed', disputeReference: null })
    } finally {
      await peer(env.DISPUTES).stubMode('up')
    }
    const [retry, concurrent] = await Promise.all([escalate(id, 'dispute_lead'), escalate(id, 'dispute_lead')])
    expect(retry.body).toMatchObject({ status: 'sent', disputeReference: expect.stringMatching(/\S/) })
    expect(concurrent.body.disputeReference).toBe(retry.body.disputeReference)
    expect(await peer(env.DISPUTES).stubCreations(id)).toBe(1)
  })

  it('keeps a task requested with no_officer when the grid has nobody responsible', async () => {
    const report = await call<DutyReport>('POST', `/defence-groups/${groups.dashilan}/duty-reports`, {
      date: '2026-10-04',
      shopIds: [shops[0]],
      patrolDone: true,
      problems: [{ kind: 'other', description: '路灯不亮' }],
    })
    const problemId = report.body.problems[0]?.id as string
    // The group moves to a community whose grid has no responsible officer in the stub.
    await call('PUT', `/defence-groups/${groups.dashilan}`, { communityId: communities.caishikou })
    try {
      const { body } = await escalate(problemId, 'task')
      expect(body).toMatchObject({ status: 'requested', handoverFailure: 'no_officer', officerId: null })
    } finally {
      await call('PUT', `/defence-groups/${groups.dashilan}`, { communityId: communities.dashilan })
    }
  })
})
