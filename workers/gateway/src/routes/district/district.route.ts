import { createRoute } from '@hono/zod-openapi'
import { PUBLIC } from '@platform/auth'
import { DistrictCounts, ErrorBody } from '@platform/contracts'

/** Public, and declared so (`x-permission`) like every operation of the gateway's documents. */
export const districtRoute = createRoute({
  method: 'get',
  path: '/api/public/district',
  tags: ['public'],
  'x-permission': PUBLIC,
  summary: 'District figures: stations, communities, dedicated officers, groups',
  description:
    'Public. Counted from the databases of the communities and officers workers (RPC), in parallel, ' +
    'each call time-boxed by its mount.',
  responses: {
    200: { description: 'The counts', content: { 'application/json': { schema: DistrictCounts } } },
    502: {
      description: 'A domain worker failed: UPSTREAM_FAILED',
      content: { 'application/json': { schema: ErrorBody } },
    },
    504: {
      description: 'A domain worker did not answer in time: UPSTREAM_TIMEOUT',
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
})
