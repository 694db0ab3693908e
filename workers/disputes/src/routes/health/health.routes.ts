import { createRoute } from '@hono/zod-openapi'
import { Health } from '@platform/contracts'

export const healthRoute = createRoute({
  method: 'get',
  path: '/api/disputes/health',
  tags: ['health'],
  summary: 'Database reachable and every migration applied',
  responses: {
    200: { description: 'Every table of the schema exists', content: { 'application/json': { schema: Health } } },
    503: {
      description: 'The database is unreachable or tables are missing (migrations not applied)',
      content: { 'application/json': { schema: Health } },
    },
  },
})
