import { z } from '@hono/zod-openapi'
import { Id, Label } from './common'
import { Day } from './communities-registration'

// Outreach (宣防): groups by audience (the article's WeChat groups: 58 groups, 20,000+ people,
// about a third of the population of one station) and "five preventions" campaigns with their
// events and the materials handed out (500+ events, 160,000+ leaflets).

export const Audience = z.enum(['residents', 'building_heads', 'volunteers', 'couriers', 'sanitation', 'shopkeepers'])
export type Audience = z.infer<typeof Audience>

const Text = z.string().trim().min(1).max(120)
const LabelInput = z.object({ zh: Text, en: Text })
// Above any station's population: a typo is refused, not stored.
const Members = z.number().int().nonnegative().max(200_000)

export const OutreachGroupInput = z
  .object({ communityId: Id, audience: Audience, name: LabelInput, members: Members })
  .openapi('OutreachGroupInput')
export type OutreachGroupInput = z.infer<typeof OutreachGroupInput>

export const OutreachGroupUpdate = z.object({ members: Members }).openapi('OutreachGroupUpdate')

export const OutreachGroup = z
  .object({ id: Id, communityId: Id, audience: Audience, name: Label, members: z.number().int().nonnegative() })
  .openapi('OutreachGroup')
export type OutreachGroup = z.infer<typeof OutreachGroup>

export const OutreachGroupIdParam = z.object({
  outreachGroupId: Id.openapi({ param: { name: 'outreachGroupId', in: 'path' } }),
})
export const CampaignIdParam = z.object({ campaignId: Id.openapi({ param: { name: 'campaignId', in: 'path' } }) })

export const CampaignTheme = z.enum(['five_preventions', 'anti_fraud', 'fire_safety', 'other'])

export const CampaignInput = z
  .object({ stationId: Id.optional(), theme: CampaignTheme, name: LabelInput, from: Day, to: Day })
  .openapi('CampaignInput')
export type CampaignInput = z.infer<typeof CampaignInput>

export const Campaign = z
  .object({
    id: Id,
    /** null: a branch-wide campaign. */
    stationId: Id.nullable(),
    theme: CampaignTheme,
    name: Label,
    from: Day,
    to: Day,
    events: z.number().int().nonnegative(),
    leaflets: z.number().int().nonnegative(),
    attendees: z.number().int().nonnegative(),
  })
  .openapi('Campaign')
export type Campaign = z.infer<typeof Campaign>

export const OutreachEventInput = z
  .object({
    communityId: Id,
    date: Day,
    place: LabelInput,
    attendees: z.number().int().nonnegative().max(100_000),
    /** Leaflets and other printed materials handed out. */
    leaflets: z.number().int().nonnegative().max(100_000),
  })
  .openapi('OutreachEventInput')
export type OutreachEventInput = z.infer<typeof OutreachEventInput>

export const OutreachEvent = OutreachEventInput.extend({
  id: Id,
  campaignId: Id,
  place: Label,
}).openapi('OutreachEvent')
export type OutreachEvent = z.infer<typeof OutreachEvent>

/** `GET …/outreach-campaigns/{id}/events`: a campaign's events in a station (or the district at the branch), newest first. */
export const CampaignEventsQuery = z.object({
  station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .optional()
    .openapi({ param: { name: 'limit', in: 'query' } }),
})
export const CampaignEvents = z
  .object({
    campaignId: Id,
    /** All events in reach; `events` holds the newest `limit` of them. */
    total: z.number().int().nonnegative(),
    events: z.array(OutreachEvent),
  })
  .openapi('CampaignEvents')
export type CampaignEvents = z.infer<typeof CampaignEvents>

export const OutreachQuery = z.object({ station: Id.optional().openapi({ param: { name: 'station', in: 'query' } }) })

/** `GET /api/communities/outreach`: reach by audience, campaigns and the latest events. */
export const OutreachOverview = z
  .object({
    stationId: Id.nullable(),
    population: z.number().int().nonnegative(),
    groups: z.number().int().nonnegative(),
    members: z.number().int().nonnegative(),
    /** members ÷ population, at most 1 (people in two groups count twice); null without population. */
    reach: z.number().min(0).max(1).nullable(),
    byAudience: z.array(
      z.object({ audience: Audience, groups: z.number().int().nonnegative(), members: z.number().int().nonnegative() }),
    ),
    outreachGroups: z.array(OutreachGroup),
    campaigns: z.array(Campaign),
    latestEvents: z.array(OutreachEvent),
  })
  .openapi('OutreachOverview')
export type OutreachOverview = z.infer<typeof OutreachOverview>

/** The outreach part of the headline figures. */
export const OutreachFigures = z
  .object({
    groups: z.number().int().nonnegative(),
    members: z.number().int().nonnegative(),
    population: z.number().int().nonnegative(),
    reach: z.number().min(0).max(1).nullable(),
    /** Events and leaflets in the period month, and over the trend window. */
    eventsInPeriod: z.number().int().nonnegative(),
    leafletsInPeriod: z.number().int().nonnegative(),
    eventsInWindow: z.number().int().nonnegative(),
    leafletsInWindow: z.number().int().nonnegative(),
  })
  .openapi('OutreachFigures')
export type OutreachFigures = z.infer<typeof OutreachFigures>
