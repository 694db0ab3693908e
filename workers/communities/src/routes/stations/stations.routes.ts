import { PUBLIC } from '@platform/auth'
import { ErrorBody, IdParam, PublicStations, StationDetail } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

// Public: citizens pick the place of a dispute from it on the intake form.
export const publicStationsRoute = defineRoute(PUBLIC, {
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

export const stationRoute = defineRoute('station.read', {
  method: 'get',
  path: '/api/communities/stations/{id}',
  tags: ['stations'],
  summary: 'One station with its communities and police grids',
  description: 'Below the branch, an actor reads the own station only; another station answers 404.',
  request: { params: IdParam },
  responses: {
    200: { description: 'The station', content: { 'application/json': { schema: StationDetail } } },
    400: { description: 'The station id is malformed', content: { 'application/json': { schema: ErrorBody } } },
    401: { description: 'No valid actor assertion', content: { 'application/json': { schema: ErrorBody } } },
    403: { description: 'The role may not read stations', content: { 'application/json': { schema: ErrorBody } } },
    404: {
      description: "No station has this id, or it lies outside the actor's scope",
      content: { 'application/json': { schema: ErrorBody } },
    },
  },
})
