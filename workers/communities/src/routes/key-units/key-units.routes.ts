import {
  Finding,
  FindingIdParam,
  FixInput,
  Inspection,
  InspectionInput,
  KeyUnitDetail,
  KeyUnitIdParam,
  KeyUnitInput,
  KeyUnitList,
  KeyUnitQuery,
  KeyUnitSummary,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { error, idempotency, json, keyReused, refused } from '../responses'

export const listKeyUnitsRoute = defineRoute('keyunit.read', {
  method: 'get',
  path: '/api/communities/key-units',
  tags: ['key units'],
  summary: 'Key units of a station with their "three fives" standing and open findings',
  request: { query: KeyUnitQuery },
  responses: {
    200: json('The units', KeyUnitList),
    400: error('A query parameter is malformed'),
    404: error("A station outside the actor's scope"),
    ...refused,
  },
})

export const createKeyUnitRoute = defineRoute('keyunit.manage', {
  method: 'post',
  path: '/api/communities/key-units',
  tags: ['key units'],
  summary: 'Put a key unit (school, hospital, …) on file in a community. Accepts `Idempotency-Key`.',
  request: {
    headers: idempotency,
    body: { required: true, content: { 'application/json': { schema: KeyUnitInput } } },
  },
  responses: {
    201: json('On file', KeyUnitSummary),
    400: error('A field is missing or malformed'),
    404: error("The community is unknown or outside the actor's station"),
    ...keyReused,
    ...refused,
  },
})

export const keyUnitRoute = defineRoute('keyunit.read', {
  method: 'get',
  path: '/api/communities/key-units/{unitId}',
  tags: ['key units'],
  summary: 'One key unit with the checklist, its inspections (newest first) and findings',
  request: { params: KeyUnitIdParam },
  responses: {
    200: json('The unit', KeyUnitDetail),
    400: error('The id is malformed'),
    404: error("No unit has this id, or it lies outside the actor's station"),
    ...refused,
  },
})

export const inspectRoute = defineRoute('keyunit.inspect', {
  method: 'post',
  path: '/api/communities/key-units/{unitId}/inspections',
  tags: ['key units'],
  summary: 'Record an inspection: the items checked, and a finding for each item that failed',
  description:
    'Each item once, from the checklist; a failed item says what is wrong and opens a finding, a passed one has ' +
    'no finding (400 naming the item otherwise). The day cannot be in the future. Accepts `Idempotency-Key`.',
  request: {
    params: KeyUnitIdParam,
    headers: idempotency,
    body: { required: true, content: { 'application/json': { schema: InspectionInput } } },
  },
  responses: {
    201: json('Recorded', Inspection),
    400: error('An item is unknown, repeated or without its finding, or the day is malformed or in the future'),
    404: error("No unit has this id, or it lies outside the actor's station"),
    ...keyReused,
    ...refused,
  },
})

export const fixFindingRoute = defineRoute('keyunit.inspect', {
  method: 'post',
  path: '/api/communities/key-unit-findings/{findingId}/fix',
  tags: ['key units'],
  summary: 'Mark an open finding fixed, with a note saying how',
  request: {
    params: FindingIdParam,
    body: { required: true, content: { 'application/json': { schema: FixInput } } },
  },
  responses: {
    200: json('Fixed', Finding),
    400: error('The note is missing, or the day is before the finding or in the future'),
    404: error("No finding has this id, or it lies outside the actor's station"),
    409: error('The finding is already fixed (FINDING_ALREADY_FIXED)'),
    ...refused,
  },
})
