import { ErrorBody, Roster, RosterQuery } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

export const rosterRoute = defineRoute('roster.read', {
  method: 'get',
  path: '/api/officers/roster',
  tags: ['roster'],
  summary: 'Officers, teams and community police groups of one station (or of the whole district)',
  description:
    'Officers are ordered by station, team and name, each with the grids he or she is responsible for and the A/B ' +
    'role in a group. `dedicated` narrows the officers only; teams and groups are those of the station. ' +
    'The profile (average age, bachelor share, years in post) is computed over the officers returned. ' +
    'Below the branch, an actor reads the roster of the own station only: without `station` that one, and ' +
    'another station answers 404.',
  request: { query: RosterQuery },
  responses: {
    200: { description: 'The roster', content: { 'application/json': { schema: Roster } } },
    400: { description: 'A query parameter is malformed', content: { 'application/json': { schema: ErrorBody } } },
    401: { description: 'No valid actor assertion', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'The role may not read rosters', content: { 'application/json': { schema: ErrorBody } } },
    404: {
      description: "A station outside the actor's scope (not told apart from an unknown one)",
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
})
