import { League, LeagueQuery } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { error } from '../responses'

export const leagueRoute = defineRoute('league.read', {
  method: 'get',
  path: '/api/communities/league',
  tags: ['registration'],
  summary:
    "The quarter's league of floating-population managers: bungalow vs building communities by registration rate",
  description:
    'Rates are summed over the quarter. Ties share a rank; every community tied at the cut-off is named excellent. ' +
    'Mixed communities play in the league the configuration names (buildings). Without `quarter`, the latest quarter ' +
    'closed on record (a quarter under way has no ranking yet); without `station`, the own station below the branch and the district at it.',
  request: { query: LeagueQuery },
  responses: {
    200: { description: 'Both leagues', content: { 'application/json': { schema: League } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read the league'),
    404: error("A station outside the actor's scope"),
  },
})
