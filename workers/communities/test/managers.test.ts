import { env } from 'cloudflare:workers'
import type { Manager, ManagersByCommunity, QuarterRewards } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { quarterOfMonth, shanghaiDay } from '../src/rules/calendar'
import { call } from './call'
import { communities, insertFixture, stations } from './fixture'
import { insertPlacesFixture, managers } from './places-fixture'
import { insertPreventionFixture } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
  await insertPlacesFixture()
})

describe('floating-population managers', () => {
  it('lists the station’s managers grouped by community, every community listed', async () => {
    const { status, body } = await call<ManagersByCommunity>('GET', '/managers')
    expect(status).toBe(200)
    expect(body.communities.map((c) => c.communityId).sort()).toEqual(
      [communities.xianyukou, communities.dashilan, communities.caishikou].sort(),
    )
    expect(body.communities.find((c) => c.communityId === communities.dashilan)?.managers).toEqual([
      { id: managers.dashilan, communityId: communities.dashilan, name: { zh: '李静', en: 'Li Jing' }, active: true },
    ])
  })

  it('puts a manager on file, audited', async () => {
    const { status, body } = await call<Manager>('POST', '/managers', {
      communityId: communities.caishikou,
      name: { zh: '周婷', en: 'Zhou Ting' },
    })
    expect(status).toBe(201)
    const audit = await env.DB.prepare("select entity_id as id from audit_log where action = 'manager.create'").first<{
      id: string
    }>()
    expect(audit?.id).toBe(body.id)
    expect(body.active).toBe(true)
  })

  it('refuses a manager in another station’s community (404) or without a name (400)', async () => {
    expect(
      (await call('POST', '/managers', { communityId: communities.beixinqiao, name: { zh: 'x', en: 'x' } })).status,
    ).toBe(404)
    expect(
      (await call('POST', '/managers', { communityId: communities.caishikou, name: { zh: '', en: 'x' } })).status,
    ).toBe(400)
    expect((await call('PUT', `/managers/${managers.beixinqiao}`, { active: false })).status).toBe(404)
  })
})

describe('the quarter’s rewards for the managers of excellent communities', () => {
  it('rewards every active manager of an excellent community, once per quarter', async () => {
    // Caishikou's only fixture manager stops working: the one added above is still active.
    expect((await call<Manager>('PUT', `/managers/${managers.caishikou}`, { active: false })).body.active).toBe(false)
    const first = await call<QuarterRewards>('POST', '/league/2026-Q3/rewards')
    expect(first.status).toBe(201)
    expect(first.body.recordedNow).toBe(true)
    const rewarded = first.body.rewards.map((r) => r.managerId)
    expect(rewarded).toContain(managers.xianyukou)
    expect(rewarded).toContain(managers.dashilan)
    expect(rewarded).not.toContain(managers.caishikou)
    expect(first.body.rewards.find((r) => r.managerId === managers.xianyukou)).toMatchObject({
      league: 'bungalow',
      rank: 1,
      rate: 586 / 600,
    })

    const second = await call<QuarterRewards>('POST', '/league/2026-Q3/rewards')
    expect(second.status).toBe(200)
    expect(second.body.recordedNow).toBe(false)
    expect(second.body.rewards).toEqual(first.body.rewards)
    const rounds = await env.DB.prepare("select count(*) as n from audit_log where action = 'league.reward'").first<{
      n: number
    }>()
    expect(rounds?.n).toBe(1)
    expect((await call<QuarterRewards>('GET', '/league/2026-Q3/rewards')).body.rewards).toEqual(first.body.rewards)
  })

  it('refuses a quarter under way with RULE_QUARTER_NOT_CLOSED', async () => {
    const now = quarterOfMonth(shanghaiDay(new Date()).slice(0, 7))
    const { status, body } = await call('POST', `/league/${now}/rewards`)
    expect(status).toBe(422)
    expect(body.error.code).toBe('RULE_QUARTER_NOT_CLOSED')
  })

  it('needs the station at the branch, and refuses an officer', async () => {
    const admin = await asRole('branch_admin')
    expect((await call('POST', '/league/2026-Q2/rewards', undefined, admin)).status).toBe(400)
    expect(
      (await call('POST', `/league/2026-Q2/rewards?station=${stations.beixinqiao}`, undefined, admin)).status,
    ).toBe(201)
    const officer = await asRole('officer', { stationId: stations.qianmen, officerId: '01JD00000000000000000000E1' })
    expect((await call('POST', '/league/2026-Q2/rewards', undefined, officer)).status).toBe(403)
  })
})
