import { z } from '@hono/zod-openapi'
import {
  CommunityIdParam,
  CommunityMonthParam,
  CommunityRegistrations,
  Registration,
  RegistrationCounts,
  RegistrationInput,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { error, keyReused } from '../responses'

const denied = {
  401: error('No valid actor assertion'),
  404: error("No community has this id, or it lies outside the actor's station"),
}

export const listRegistrationsRoute = defineRoute('registration.read', {
  method: 'get',
  path: '/api/communities/communities/{communityId}/registrations',
  tags: ['registration'],
  summary: 'The monthly registration figures of one community, oldest first, with rates and "double 100 %"',
  request: { params: CommunityIdParam },
  responses: {
    200: { description: 'The months on record', content: { 'application/json': { schema: CommunityRegistrations } } },
    400: error('The community id is malformed'),
    403: error('The role may not read registration figures'),
    ...denied,
  },
})

export const createRegistrationRoute = defineRoute('registration.write', {
  method: 'post',
  path: '/api/communities/communities/{communityId}/registrations',
  tags: ['registration'],
  summary: 'Record one month of registration figures of a community',
  description:
    'Registered counts can never exceed known ones (400), nor can a month that has not begun be recorded (400). ' +
    'A month already on record answers 409 REGISTRATION_EXISTS: correct it with PUT. Accepts `Idempotency-Key`.',
  request: {
    params: CommunityIdParam,
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: RegistrationInput } } },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: Registration } } },
    400: error('A count is missing, negative or above the known count, or the month is malformed or in the future'),
    403: error('Only the station head, team leaders and officers of the station record figures'),
    409: error('The month is already on record (REGISTRATION_EXISTS)'),
    ...keyReused,
    ...denied,
  },
})

export const updateRegistrationRoute = defineRoute('registration.write', {
  method: 'put',
  path: '/api/communities/communities/{communityId}/registrations/{month}',
  tags: ['registration'],
  summary: 'Correct the registration figures of a month on record (the audit keeps the old ones)',
  request: {
    params: CommunityMonthParam,
    body: { required: true, content: { 'application/json': { schema: RegistrationCounts } } },
  },
  responses: {
    200: { description: 'Corrected', content: { 'application/json': { schema: Registration } } },
    400: error('A count is missing, negative or above the known count'),
    403: error('Only the station head, team leaders and officers of the station correct figures'),
    401: error('No valid actor assertion'),
    404: error('No record of this month, or the community is unknown or outside the station'),
  },
})
