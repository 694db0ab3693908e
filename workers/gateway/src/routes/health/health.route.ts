import { createRoute } from '@hono/zod-openapi'
import { PUBLIC } from '@platform/auth'
import { PlatformHealth } from '@platform/contracts'

export const HEALTH_PATH = '/api/health'

/** Public, like every worker's own health: it names parts, never their details. */
export const healthRoute = createRoute({
  method: 'get',
  path: HEALTH_PATH,
  tags: ['public'],
  'x-permission': PUBLIC,
  summary: 'Platform health: every domain worker, app worker and the identity database',
  description:
    "Public. Calls every domain worker's `/health` and every app worker's shell in parallel, each under its " +
    "mount's timeout (3 s unless the mount table says otherwise), and checks the gateway's own database. " +
    '200 when every part is up; 503 naming the parts that are down and why (timeout, failed, degraded).',
  responses: {
    200: { description: 'Every part is up', content: { 'application/json': { schema: PlatformHealth } } },
    503: { description: 'At least one part is down', content: { 'application/json': { schema: PlatformHealth } } },
  },
})
