import { createRoute } from '@hono/zod-openapi'
import { CommunityIdParam, DisputeRouting, ErrorBody } from '@platform/contracts'

export const routingRoute = createRoute({
  method: 'get',
  path: '/api/disputes/routing/{communityId}',
  tags: ['routing'],
  summary: 'Who a dispute from this community goes to',
  description:
    'Each dispute has one responsible community officer: the A role of the police grid the community ' +
    'belongs to. The grid comes from the communities worker and the officer from the officers worker, ' +
    'both over RPC.',
  request: { params: CommunityIdParam },
  responses: {
    200: {
      description: 'The grid and its responsible officer (either may be null)',
      content: { 'application/json': { schema: DisputeRouting } },
    },
    400: { description: 'The community id is malformed', content: { 'application/json': { schema: ErrorBody } } },
    404: { description: 'No such community', content: { 'application/json': { schema: ErrorBody } } },
    502: {
      description: 'The communities or officers service did not answer',
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
})
