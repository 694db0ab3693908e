import {
  Campaign,
  CampaignEvents,
  CampaignEventsQuery,
  CampaignIdParam,
  CampaignInput,
  OutreachEvent,
  OutreachEventInput,
  OutreachGroup,
  OutreachGroupIdParam,
  OutreachGroupInput,
  OutreachGroupUpdate,
  OutreachOverview,
  OutreachQuery,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { body, error, idempotency, json, keyReused, refused } from '../responses'

export const outreachRoute = defineRoute('outreach.read', {
  method: 'get',
  path: '/api/communities/outreach',
  tags: ['outreach'],
  summary:
    'Outreach of a station: groups by audience, members and the share of the population reached, campaigns, latest events',
  request: { query: OutreachQuery },
  responses: {
    200: json('The outreach', OutreachOverview),
    400: error('A query parameter is malformed'),
    404: error("A station outside the actor's scope"),
    ...refused,
  },
})

export const createOutreachGroupRoute = defineRoute('outreach.write', {
  method: 'post',
  path: '/api/communities/outreach-groups',
  tags: ['outreach'],
  summary: 'Put an outreach group of one audience on file in a community. Accepts `Idempotency-Key`.',
  request: { headers: idempotency, body: body(OutreachGroupInput) },
  responses: {
    201: json('On file', OutreachGroup),
    400: error('A field is missing, negative or malformed'),
    404: error("The community is unknown or outside the actor's station"),
    ...keyReused,
    ...refused,
  },
})

export const updateOutreachGroupRoute = defineRoute('outreach.write', {
  method: 'put',
  path: '/api/communities/outreach-groups/{outreachGroupId}',
  tags: ['outreach'],
  summary: "Update a group's member count",
  request: { params: OutreachGroupIdParam, body: body(OutreachGroupUpdate) },
  responses: {
    200: json('Updated', OutreachGroup),
    400: error('The count is missing, negative or malformed'),
    404: error("No group has this id, or it lies outside the actor's station"),
    ...refused,
  },
})

export const createCampaignRoute = defineRoute('outreach.write', {
  method: 'post',
  path: '/api/communities/outreach-campaigns',
  tags: ['outreach'],
  summary: 'Start a campaign ("five preventions", …) for a station, or branch-wide. Accepts `Idempotency-Key`.',
  description:
    "Below the branch the campaign is the own station's; at the branch, without `stationId`, it is branch-wide.",
  request: { headers: idempotency, body: body(CampaignInput) },
  responses: {
    201: json('Started', Campaign),
    400: error('A field is malformed, or `to` is before `from`'),
    404: error("The station is unknown or not the actor's"),
    ...keyReused,
    ...refused,
  },
})

export const createEventRoute = defineRoute('outreach.write', {
  method: 'post',
  path: '/api/communities/outreach-campaigns/{campaignId}/events',
  tags: ['outreach'],
  summary: 'Record an event of a campaign: day, place, people reached, leaflets handed out. Accepts `Idempotency-Key`.',
  description:
    "The day lies within the campaign and not in the future; the community lies in the campaign's station (400 otherwise).",
  request: { params: CampaignIdParam, headers: idempotency, body: body(OutreachEventInput) },
  responses: {
    201: json('Recorded', OutreachEvent),
    400: error('A count is negative, the day is outside the campaign or in the future, or the community is elsewhere'),
    404: error("The campaign or community is unknown or outside the actor's station"),
    ...keyReused,
    ...refused,
  },
})

export const campaignEventsRoute = defineRoute('outreach.read', {
  method: 'get',
  path: '/api/communities/outreach-campaigns/{campaignId}/events',
  tags: ['outreach'],
  summary: "A campaign's events in the actor's station (at the branch: `station`, or the district), newest first",
  request: { params: CampaignIdParam, query: CampaignEventsQuery },
  responses: {
    200: json('The events', CampaignEvents),
    400: error('The id, station or limit is malformed'),
    404: error("The campaign or station is unknown or another station's"),
    ...refused,
  },
})
