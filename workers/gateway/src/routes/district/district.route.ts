import { createRoute } from '@hono/zod-openapi'
import { DistrictCounts, ErrorBody } from '@platform/contracts'

export const districtRoute = createRoute({
  method: 'get',
  path: '/api/public/district',
  tags: ['public'],
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
