import { Figures, FiguresQuery } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { error } from '../responses'

export const figuresRoute = defineRoute('figures.read', {
  method: 'get',
  path: '/api/communities/figures',
  tags: ['figures'],
  summary: 'Headline figures of the district or one station for a month, computed from the records',
  description:
    'Floating-population and rental-home registration rates, "double 100 %" communities, illegal-rental penalties ' +
    'and their growth, with the trend of the last months. `scope` is `district` or `station:<id>`; without it, the ' +
    'own station below the branch and the district at it. Without `period`, the latest month on record.',
  request: { query: FiguresQuery },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: Figures } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read figures, or a station-bound account asked for the district'),
    404: error("A station outside the actor's scope, or unknown"),
  },
})
