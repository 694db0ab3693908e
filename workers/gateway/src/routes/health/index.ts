import type { RouteHandler } from '@hono/zod-openapi'
import type { PlatformHealth } from '@platform/contracts'
import type { AppEnv } from '../../app-env'
import type { Mount } from '../../mounts'
import { platformVersion } from '../../observability/platform-version'
import { checkParts } from './check-parts'
import type { healthRoute } from './health.route'

export { HEALTH_PATH, healthRoute } from './health.route'

/** `GET /api/health`: 200 when every part is up, 503 naming the ones that are not. Never cached. */
export const platformHealth =
  (mounts: readonly Mount[]): RouteHandler<typeof healthRoute, AppEnv> =>
  async (c) => {
    const parts = await checkParts(c, mounts)
    const down = parts.filter((part) => part.status === 'down').map((part) => part.name)
    const body: PlatformHealth = { status: down.length ? 'down' : 'ok', version: platformVersion(c.env), down, parts }
    c.header('Cache-Control', 'no-store')
    return down.length ? c.json(body, 503) : c.json(body, 200)
  }
