import { PUBLIC } from '@platform/auth'
import { Health } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

// Public: the start script and the gateway's checks call it without an actor.
export const healthRoute = defineRoute(PUBLIC, {
  method: 'get',
  path: '/api/officers/health',
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
