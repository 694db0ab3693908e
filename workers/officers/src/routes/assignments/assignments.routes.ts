import { z } from '@hono/zod-openapi'
import { Assignment, AssignmentList, AssignmentListQuery, AssignmentRequest, ErrorBody } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const createAssignmentRoute = defineRoute('assignment.create', {
  method: 'post',
  path: '/api/officers/assignments',
  tags: ['assignments'],
  summary: 'Assign an officer, under the four prohibitions',
  description:
    'For a dedicated officer: patrol car → 422 RULE_NO_PATROL_CAR; case handling at or above administrative ' +
    'detention, or any case quota → 422 RULE_NO_CASE_WORK; routine duty → 422 RULE_NO_ROUTINE_DUTY unless an ' +
    'approved, unexpired duty exception covers every day of it; a kind the station lists → 422 RULE_NO_<KIND>. ' +
    'Level-1 reinforced duty is allowed and recorded. Officers who are not dedicated are not bound. Every refusal ' +
    'is stored (who tried, when, what) with an audit row. Accepts `Idempotency-Key`.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: AssignmentRequest } } },
  },
  responses: {
    201: { description: 'Assigned', content: { 'application/json': { schema: Assignment } } },
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not assign'),
    404: error("The officer is unknown or outside the actor's station"),
    422: error('A rule refused the assignment (the refusal is stored), or the Idempotency-Key was reused'),
  },
})

export const listAssignmentsRoute = defineRoute('assignment.read', {
  method: 'get',
  path: '/api/officers/assignments',
  tags: ['assignments'],
  summary: "A station's assignments and refused attempts, newest first",
  request: { query: AssignmentListQuery },
  responses: {
    200: { description: 'Assignments and refusals', content: { 'application/json': { schema: AssignmentList } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read assignments'),
    404: error("A station outside the actor's scope"),
  },
})
