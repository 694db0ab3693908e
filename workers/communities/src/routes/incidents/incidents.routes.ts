import { z } from '@hono/zod-openapi'
import {
  CommunityIdParam,
  IncidentCountUpdate,
  IncidentInput,
  IncidentParam,
  IncidentRecord,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { error, json, keyReused, refused } from '../responses'

const common = {
  ...refused,
  404: error("The community is unknown or outside the actor's station"),
}

export const listIncidentsRoute = defineRoute('figures.read', {
  method: 'get',
  path: '/api/communities/communities/{communityId}/incidents',
  tags: ['safety'],
  summary: 'Incidents of one community per month and type, newest month first',
  request: { params: CommunityIdParam },
  responses: {
    200: json('The counts', z.object({ communityId: z.string(), incidents: z.array(IncidentRecord) })),
    400: error('The id is malformed'),
    ...common,
  },
})

export const createIncidentRoute = defineRoute('incident.write', {
  method: 'post',
  path: '/api/communities/communities/{communityId}/incidents',
  tags: ['safety'],
  summary: 'Record the incidents of one type in a community for a month. Accepts `Idempotency-Key`.',
  description:
    'A negative count, an unknown type or a month that has not begun answers 400; a month and type already on ' +
    'record answers 409 INCIDENT_EXISTS (correct it with PUT).',
  request: {
    params: CommunityIdParam,
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: IncidentInput } } },
  },
  responses: {
    201: json('Recorded', IncidentRecord),
    400: error('The count, type or month is wrong'),
    409: error('Already on record (INCIDENT_EXISTS)'),
    ...keyReused,
    ...common,
  },
})

export const updateIncidentRoute = defineRoute('incident.write', {
  method: 'put',
  path: '/api/communities/communities/{communityId}/incidents/{month}/{type}',
  tags: ['safety'],
  summary: 'Correct the count of a month and type on record (the audit keeps the old one)',
  request: {
    params: IncidentParam,
    body: { required: true, content: { 'application/json': { schema: IncidentCountUpdate } } },
  },
  responses: {
    200: json('Corrected', IncidentRecord),
    400: error('The count is negative or malformed'),
    ...common,
  },
})
