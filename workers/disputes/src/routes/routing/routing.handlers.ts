import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env'
import { routeCommunity } from './route-community'
import type { routingRoute } from './routing.routes'

export const getRouting: RouteHandler<typeof routingRoute, AppEnv> = async (c) =>
  c.json(await routeCommunity(c.env, c.req.valid('param').communityId, c.var.scope), 200)
