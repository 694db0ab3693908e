import { exports } from 'cloudflare:workers'
import type {
  DefenceGroupRecord,
  DutyProblem,
  DutyReport,
  DutyReportList,
  ErrorBody,
  GroupRota,
  ShopRecord,
} from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, shanghaiDay } from '../src/rules/calendar'
import { communities, grids, insertFixture, stations } from './fixture'
import { groups, insertPreventionFixture, shops } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
})

const place = {
  stationId: stations.qianmen,
  teamId: '01JD00000000000000000000T1',
  officerId: '01JD00000000000000000000E1',
}
const head = () => asRole('station_head', place)
async function call<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
  const response = await exports.default.fetch(`http://communities/api/communities${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(headers ?? (await head())) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json<T & ErrorBody>() }
}

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
      status: 'requested',
      gridId: grids.qianmen1,
      officerId: '01JD00000000000000000000E2',
    })
    const again = await call('POST', `/duty-problems/${problemIds[0]}/escalate`, { to: 'dispute_lead' })
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('PROBLEM_ALREADY_ESCALATED')
  })

  it('hands a quarrel over as a dispute lead', async () => {
    const { body } = await call<DutyProblem>('POST', `/duty-problems/${problemIds[1]}/escalate`, { to: 'dispute_lead' })
    expect(body).toMatchObject({ escalation: 'dispute_lead', status: 'requested', officerId: null })
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
