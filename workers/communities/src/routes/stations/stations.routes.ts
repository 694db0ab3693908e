import { createRoute } from '@hono/zod-openapi'
import { ErrorBody, IdParam, PublicStations, StationDetail } from '@platform/contracts'

export const publicStationsRoute = createRoute({
  method: 'get',
  path: '/api/communities/public/stations',
  tags: ['public'],
  summary: 'Stations and their communities, for a citizen to pick where a dispute happened',
  description: 'Public and free of personal data. Stations are ordered by code, communities by name.',
  responses: {
    200: {
      description: 'Every station with its communities',
      content: { 'application/json': { schema: PublicStations } },
    },
  },
})

export const stationRoute = createRoute({
  method: 'get',
  path: '/api/communities/stations/{id}',
  tags: ['stations'],
  summary: 'One station with its communities and police grids',
  request: { params: IdParam },
  responses: {
    200: { description: 'The station', content: { 'application/json': { schema: StationDetail } } },
    400: { description: 'The station id is malformed', content: { 'application/json': { schema: ErrorBody } } },
    404: { description: 'No station has this id', content: { 'application/json': { schema: ErrorBody } } },
  },
})
