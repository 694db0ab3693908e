import type { RouteHandler } from '@hono/zod-openapi'
import type { AppEnv } from '../../app-env'
import { createDb } from '../../db'
import { insights } from '../../figures/insights'
import type { insightsRoute } from './insights.routes'

export const getInsights: RouteHandler<typeof insightsRoute, AppEnv> = async (c) =>
  c.json(await insights(createDb(c.env), c.var.scope, c.req.valid('query').months ?? 12), 200)
