import type { RouteHandler } from '@hono/zod-openapi'
import { checkHealth } from '@platform/server-kit'
import type { AppEnv } from '../../app-env'
import { schema } from '../../db'
import type { healthRoute } from './health.routes'

export const getHealth: RouteHandler<typeof healthRoute, AppEnv> = async (c) => {
  const result = await checkHealth('officers', c.env.DB, schema)
  return result.status === 'ok' ? c.json(result, 200) : c.json(result, 503)
}
