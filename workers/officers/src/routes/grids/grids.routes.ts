import { createRoute } from '@hono/zod-openapi'
import { ErrorBody, GridIdParam, ResponsibleOfficer } from '@platform/contracts'

export const responsibleOfficerRoute = createRoute({
  method: 'get',
  path: '/api/officers/grids/{gridId}/responsible',
  tags: ['grids'],
  summary: 'The responsible officer (A role) of a police grid',
  request: { params: GridIdParam },
  responses: {
    200: { description: 'The A role of the grid', content: { 'application/json': { schema: ResponsibleOfficer } } },
    400: { description: 'The grid id is malformed', content: { 'application/json': { schema: ErrorBody } } },
    404: {
      description: 'No officer is responsible for this grid',
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
})
