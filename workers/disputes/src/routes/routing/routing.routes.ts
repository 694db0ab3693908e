import { CommunityIdParam, DisputeRouting, ErrorBody } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

export const routingRoute = defineRoute('dispute.routing.read', {
  method: 'get',
  path: '/api/disputes/routing/{communityId}',
  tags: ['routing'],
  summary: 'Who a dispute from this community goes to',
  description:
    'Each dispute has one responsible community officer: the A role of the police grid the community ' +
    'belongs to. The grid comes from the communities worker and the officer from the officers worker, ' +
    'both over RPC. Below the branch, an actor routes disputes of the own station only: a community of ' +
    'another station answers 404.',
  request: { params: CommunityIdParam },
  responses: {
    200: {
      description: 'The grid and its responsible officer (either may be null)',
      content: { 'application/json': { schema: DisputeRouting } },
    },
    400: { description: 'The community id is malformed', content: { 'application/json': { schema: ErrorBody } } },
    401: { description: 'No valid actor assertion', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'The role may not route disputes', content: { 'application/json': { schema: ErrorBody } } },
    404: {
      description: "No such community, or it lies outside the actor's station",
      content: { 'application/json': { schema: ErrorBody } },
    },
    502: {
      description: 'The communities or officers service did not answer',
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
})
