import { BoardMembers, ErrorBody } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

// One board for the whole branch: whoever may read it reads all of it, whatever the scope.
export const listMembersRoute = defineRoute('board.members.read', {
  method: 'get',
  path: '/api/assessments/board/members',
  tags: ['board'],
  summary: 'Active members of the review board',
  description:
    'The board decides fault-tolerance exemptions and reward nominations. The chair comes first, ' +
    'then members in the order of their names.',
  responses: {
    200: { description: 'The active members', content: { 'application/json': { schema: BoardMembers } } },
    401: { description: 'No valid actor assertion', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'The role may not read the board', content: { 'application/json': { schema: ErrorBody } } },
  },
})
