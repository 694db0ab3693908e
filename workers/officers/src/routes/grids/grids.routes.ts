import { ErrorBody, GridIdParam, ResponsibleOfficer } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

export const responsibleOfficerRoute = defineRoute('grid.responsible.read', {
  method: 'get',
  path: '/api/officers/grids/{gridId}/responsible',
  tags: ['grids'],
  summary: 'The responsible officer (A role) of a police grid',
  request: { params: GridIdParam },
  responses: {
    200: { description: 'The A role of the grid', content: { 'application/json': { schema: ResponsibleOfficer } } },
    400: { description: 'The grid id is malformed', content: { 'application/json': { schema: ErrorBody } } },
    401: { description: 'No valid actor assertion', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'The role may not read grids', content: { 'application/json': { schema: ErrorBody } } },
    404: {
      description: "No officer is responsible for this grid, or the grid lies outside the actor's station",
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
})
