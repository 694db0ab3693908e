import { createRoute } from '@hono/zod-openapi'
import { ErrorBody, Roster, RosterQuery } from '@platform/contracts'

export const rosterRoute = createRoute({
  method: 'get',
  path: '/api/officers/roster',
  tags: ['roster'],
  summary: 'Officers, teams and community police groups of one station (or of the whole district)',
  description:
    'Officers are ordered by station, team and name, each with the grids he or she is responsible for and the A/B ' +
    'role in a group. `dedicated` narrows the officers only; teams and groups are those of the station. ' +
    'The profile (average age, bachelor share, years in post) is computed over the officers returned.',
  request: { query: RosterQuery },
  responses: {
    200: { description: 'The roster', content: { 'application/json': { schema: Roster } } },
    400: { description: 'A query parameter is malformed', content: { 'application/json': { schema: ErrorBody } } },
  },
})
