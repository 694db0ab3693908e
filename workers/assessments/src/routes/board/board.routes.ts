import { createRoute } from '@hono/zod-openapi'
import { BoardMembers } from '@platform/contracts'

export const listMembersRoute = createRoute({
  method: 'get',
  path: '/api/assessments/board/members',
  tags: ['board'],
  summary: 'Active members of the review board',
  description:
    'The board decides fault-tolerance exemptions and reward nominations. The chair comes first, ' +
    'then members in the order of their names.',
  responses: {
    200: { description: 'The active members', content: { 'application/json': { schema: BoardMembers } } },
  },
})
