import type { Campaign, CampaignEvents, OutreachEvent, OutreachGroup, OutreachOverview } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { addDays, shanghaiDay } from '../src/rules/calendar'
import { call, head } from './call'
import { communities, insertFixture, stations } from './fixture'
import { insertPlacesFixture, outreach } from './places-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPlacesFixture()
})

describe('outreach: groups by audience, reach, campaigns and events', () => {
  it('answers the station’s groups, members and the share of its population reached', async () => {
    const { status, body } = await call<OutreachOverview>('GET', '/outreach')
    expect(status).toBe(200)
    // Qianmen: 6,200 + 8,000 + 8,000 people; 2,000 + 150 members.
    expect(body).toMatchObject({ population: 22200, groups: 2, members: 2150 })
    expect(body.reach).toBeCloseTo(2150 / 22200, 12)
    expect(body.byAudience.find((a) => a.audience === 'couriers')).toEqual({
      audience: 'couriers',
      groups: 1,
      members: 150,
    })
    expect(body.campaigns).toEqual([
      expect.objectContaining({ id: outreach.campaign, events: 1, leaflets: 400, attendees: 120 }),
    ])
    expect(body.latestEvents.map((e) => e.id)).toEqual([outreach.event])
  })

  it('adds a group and updates its member count', async () => {
    const created = await call<OutreachGroup>('POST', '/outreach-groups', {
      communityId: communities.caishikou,
      audience: 'shopkeepers',
      name: { zh: '菜市口商户群', en: 'Caishikou shopkeepers' },
      members: 80,
    })
    expect(created.status).toBe(201)
    const updated = await call<OutreachGroup>('PUT', `/outreach-groups/${created.body.id}`, { members: 95 })
    expect(updated.body.members).toBe(95)
    expect((await call<OutreachOverview>('GET', '/outreach')).body.members).toBe(2150 + 95)
  })

  it('records a campaign event once per Idempotency-Key, and counts it', async () => {
    const event = {
      communityId: communities.dashilan,
      date: '2026-10-08',
      place: { zh: '大栅栏街口', en: 'Dashilan corner' },
      attendees: 60,
      leaflets: 300,
    }
    const headers = { ...(await head()), 'Idempotency-Key': 'event-dashilan-1008' }
    const first = await call<OutreachEvent>('POST', `/outreach-campaigns/${outreach.campaign}/events`, event, headers)
    const again = await call<OutreachEvent>('POST', `/outreach-campaigns/${outreach.campaign}/events`, event, headers)
    expect(first.status).toBe(201)
    expect(again.body.id).toBe(first.body.id)
    const campaign = (await call<OutreachOverview>('GET', '/outreach')).body.campaigns[0]
    expect(campaign).toMatchObject({ events: 2, leaflets: 700 })
  })

  it("lists a campaign's events of the own station, newest first, with the total", async () => {
    const { status, body } = await call<CampaignEvents>('GET', `/outreach-campaigns/${outreach.campaign}/events`)
    expect(status).toBe(200)
    expect(body.total).toBe(body.events.length)
    expect(body.events.map((e) => e.id)).toContain(outreach.event)
    const days = body.events.map((e) => e.date)
    expect(days).toEqual([...days].sort().reverse())
    const one = await call<CampaignEvents>('GET', `/outreach-campaigns/${outreach.campaign}/events?limit=1`)
    expect(one.body).toMatchObject({ total: body.total, events: [body.events[0]] })
    expect((await call('GET', `/outreach-campaigns/${outreach.campaign}/events?limit=0`)).status).toBe(400)
    expect((await call('GET', '/outreach-campaigns/01JD0000000000000000000C99/events')).status).toBe(404)
    expect(
      (await call('GET', `/outreach-campaigns/${outreach.campaign}/events?station=${stations.beixinqiao}`)).status,
    ).toBe(404)
  })

  it("gives the branch a campaign's events of the district, or of the station it names", async () => {
    const branch = await asRole('branch_admin')
    const path = `/outreach-campaigns/${outreach.campaign}/events`
    const district = await call<CampaignEvents>('GET', path, undefined, branch)
    const qianmen = await call<CampaignEvents>('GET', `${path}?station=${stations.qianmen}`, undefined, branch)
    const other = await call<CampaignEvents>('GET', `${path}?station=${stations.beixinqiao}`, undefined, branch)
    expect(district.status).toBe(200)
    expect(qianmen.body.total).toBe(district.body.total)
    expect(other.body).toEqual({ campaignId: outreach.campaign, total: 0, events: [] })
  })

  it.each([
    {
      why: 'negative members',
      path: '/outreach-groups',
      body: { communityId: communities.xianyukou, audience: 'residents', name: { zh: 'a', en: 'a' }, members: -1 },
    },
    {
      why: 'an unknown audience',
      path: '/outreach-groups',
      body: { communityId: communities.xianyukou, audience: 'cats', name: { zh: 'a', en: 'a' }, members: 1 },
    },
    {
      why: 'a campaign ending before it starts',
      path: '/outreach-campaigns',
      body: { theme: 'five_preventions', name: { zh: 'a', en: 'a' }, from: '2026-10-01', to: '2026-09-01' },
    },
    {
      why: 'negative leaflets',
      path: `/outreach-campaigns/${outreach.campaign}/events`,
      body: {
        communityId: communities.xianyukou,
        date: '2026-10-01',
        place: { zh: 'a', en: 'a' },
        attendees: 1,
        leaflets: -5,
      },
    },
    {
      why: 'an event outside the campaign',
      path: `/outreach-campaigns/${outreach.campaign}/events`,
      body: {
        communityId: communities.xianyukou,
        date: '2025-12-31',
        place: { zh: 'a', en: 'a' },
        attendees: 1,
        leaflets: 1,
      },
    },
  ])('refuses $why with 400', async ({ path, body }) => {
    expect((await call('POST', path, body)).status).toBe(400)
  })

  it('refuses an event on a day to come', async () => {
    const tomorrow = addDays(shanghaiDay(new Date()), 1)
    const campaign = await call<Campaign>('POST', '/outreach-campaigns', {
      theme: 'anti_fraud',
      name: { zh: '反诈', en: 'Anti-fraud' },
      from: '2026-01-01',
      to: addDays(tomorrow, 30),
    })
    expect(campaign.body.stationId).toBe(stations.qianmen)
    const { status } = await call('POST', `/outreach-campaigns/${campaign.body.id}/events`, {
      communityId: communities.xianyukou,
      date: tomorrow,
      place: { zh: 'a', en: 'a' },
      attendees: 1,
      leaflets: 1,
    })
    expect(status).toBe(400)
  })

  it('keeps another station out: 404 for its community, group or outreach', async () => {
    expect((await call('GET', `/outreach?station=${stations.beixinqiao}`)).status).toBe(404)
    expect(
      (
        await call('POST', '/outreach-groups', {
          communityId: communities.beixinqiao,
          audience: 'residents',
          name: { zh: 'a', en: 'a' },
          members: 1,
        })
      ).status,
    ).toBe(404)
    expect((await call('PUT', '/outreach-groups/01JD0000000000000000000Q99', { members: 1 })).status).toBe(404)
  })
})
