import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import {
  campaignEvents,
  createCampaign,
  createEvent,
  createOutreachGroup,
  getOutreach,
  updateOutreachGroup,
} from './outreach.handlers'
import {
  campaignEventsRoute,
  createCampaignRoute,
  createEventRoute,
  createOutreachGroupRoute,
  outreachRoute,
  updateOutreachGroupRoute,
} from './outreach.routes'

export const outreachRouter = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(outreachRoute, getOutreach)
  .openapi(createOutreachGroupRoute, createOutreachGroup)
  .openapi(updateOutreachGroupRoute, updateOutreachGroup)
  .openapi(createCampaignRoute, createCampaign)
  .openapi(createEventRoute, createEvent)
  .openapi(campaignEventsRoute, campaignEvents)
