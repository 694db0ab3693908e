import type { RouteHandler } from '@hono/zod-openapi'
import { coversStation } from '@platform/auth'
import type { Campaign } from '@platform/contracts'
import { notFound } from '@platform/server-kit'
import { eq } from 'drizzle-orm'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { outreachCampaign, outreachEvent, outreachGroup } from '../../db/schema'
import { newId } from '../../new-id'
import { shanghaiDay } from '../../rules/calendar'
import { scopeName } from '../figures/figures.queries'
import { communityInScope, mustCover } from '../in-scope'
import { invalidField, stationOfRequest } from '../place-scope'
import { commit, createRow } from '../write'
import {
  byAudience,
  campaignsIn,
  eventsOf,
  findCampaign,
  findGroup,
  groupsIn,
  latestEvents,
  population,
  reachOf,
  toEvent,
  toGroup,
} from './outreach.queries'
import type {
  campaignEventsRoute,
  createCampaignRoute,
  createEventRoute,
  createOutreachGroupRoute,
  outreachRoute,
  updateOutreachGroupRoute,
} from './outreach.routes'

const LATEST_EVENTS = 10
const CAMPAIGN_EVENTS = 50

export const getOutreach: RouteHandler<typeof outreachRoute, AppEnv> = async (c) => {
  const stationId = stationOfRequest(c.var.scope, c.req.valid('query').station)
  const db = createDb(c.env)
  if (stationId && !(await scopeName(db, stationId))) throw notFound(`Station ${stationId}`)
  const [people, groups, campaigns, latest] = await Promise.all([
    population(db, stationId),
    groupsIn(db, stationId),
    campaignsIn(db, stationId),
    latestEvents(db, stationId, LATEST_EVENTS),
  ])
  return c.json(
    {
      stationId,
      population: people,
      ...reachOf(groups, people),
      byAudience: byAudience(groups),
      outreachGroups: groups.map(toGroup),
      campaigns,
      latestEvents: latest,
    },
    200,
  )
}

export const createOutreachGroup: RouteHandler<typeof createOutreachGroupRoute, AppEnv> = async (c) => {
  const input = c.req.valid('json')
  const db = createDb(c.env)
  await communityInScope(db, c.var.scope, input.communityId)
  const group = await createRow(c, db, {
    action: 'outreach.group.create',
    entity: 'outreach_group',
    request: input,
    row: () => ({
      id: newId(),
      communityId: input.communityId,
      audience: input.audience,
      nameZh: input.name.zh,
      nameEn: input.name.en,
      members: input.members,
    }),
    insert: (row) => db.insert(outreachGroup).values(row),
    record: toGroup,
  })
  return c.json(group, 201)
}

export const updateOutreachGroup: RouteHandler<typeof updateOutreachGroupRoute, AppEnv> = async (c) => {
  const { outreachGroupId } = c.req.valid('param')
  const { members } = c.req.valid('json')
  const db = createDb(c.env)
  const found = mustCover(c.var.scope, await findGroup(db, outreachGroupId), `Outreach group ${outreachGroupId}`)
  const after = { ...found.group, members }
  await commit(c, db, {
    statements: [db.update(outreachGroup).set({ members }).where(eq(outreachGroup.id, outreachGroupId))],
    answer: { status: 200, body: null },
    audit: {
      action: 'outreach.group.update',
      entity: 'outreach_group',
      entityId: outreachGroupId,
      before: found.group,
      after,
    },
  })
  return c.json(toGroup(after), 200)
}

export const createCampaign: RouteHandler<typeof createCampaignRoute, AppEnv> = async (c) => {
  const input = c.req.valid('json')
  const db = createDb(c.env)
  const stationId = stationOfRequest(c.var.scope, input.stationId)
  if (stationId && !(await scopeName(db, stationId))) throw notFound(`Station ${stationId}`)
  if (input.to < input.from) throw invalidField('json', 'to', 'before_from', 'must not be before from')
  const campaign = await createRow(c, db, {
    action: 'outreach.campaign.create',
    entity: 'outreach_campaign',
    request: input,
    row: () => ({
      id: newId(),
      stationId,
      theme: input.theme,
      nameZh: input.name.zh,
      nameEn: input.name.en,
      fromDay: input.from,
      toDay: input.to,
    }),
    insert: (row) => db.insert(outreachCampaign).values(row),
    // A new campaign has no events yet.
    record: (row): Campaign => ({
      id: row.id,
      stationId,
      theme: row.theme,
      name: input.name,
      from: input.from,
      to: input.to,
      events: 0,
      leaflets: 0,
      attendees: 0,
    }),
  })
  return c.json(campaign, 201)
}

export const createEvent: RouteHandler<typeof createEventRoute, AppEnv> = async (c) => {
  const { campaignId } = c.req.valid('param')
  const input = c.req.valid('json')
  const db = createDb(c.env)
  const campaign = await findCampaign(db, campaignId)
  // A branch-wide campaign is everyone's; a station's only that station's.
  if (!campaign || (campaign.stationId !== null && !coversStation(c.var.scope, campaign.stationId)))
    throw notFound(`Campaign ${campaignId}`)
  const place = await communityInScope(db, c.var.scope, input.communityId)
  if (campaign.stationId !== null && place.stationId !== campaign.stationId)
    throw invalidField('json', 'communityId', 'outside_campaign', "must lie in the campaign's station")
  if (input.date > shanghaiDay(new Date()))
    throw invalidField('json', 'date', 'future_day', 'cannot record an event on a day to come')
  if (input.date < campaign.fromDay || input.date > campaign.toDay)
    throw invalidField('json', 'date', 'outside_campaign', `must lie within ${campaign.fromDay} … ${campaign.toDay}`)

  const event = await createRow(c, db, {
    action: 'outreach.event.create',
    entity: 'outreach_event',
    request: { campaignId, ...input },
    row: () => ({
      id: newId(),
      campaignId,
      communityId: input.communityId,
      date: input.date,
      placeZh: input.place.zh,
      placeEn: input.place.en,
      attendees: input.attendees,
      leaflets: input.leaflets,
    }),
    insert: (row) => db.insert(outreachEvent).values(row),
    record: toEvent,
  })
  return c.json(event, 201)
}

export const campaignEvents: RouteHandler<typeof campaignEventsRoute, AppEnv> = async (c) => {
  const { campaignId } = c.req.valid('param')
  const db = createDb(c.env)
  const campaign = await findCampaign(db, campaignId)
  // As for recording: a branch-wide campaign is everyone's, a station's only that station's.
  if (!campaign || (campaign.stationId !== null && !coversStation(c.var.scope, campaign.stationId)))
    throw notFound(`Campaign ${campaignId}`)
  // Below the branch only the own station's events, also of a branch-wide campaign; the branch may name one.
  const query = c.req.valid('query')
  const stationId = stationOfRequest(c.var.scope, query.station)
  const { total, events } = await eventsOf(db, campaignId, stationId, query.limit ?? CAMPAIGN_EVENTS)
  return c.json({ campaignId, total, events }, 200)
}
