import { z } from '@hono/zod-openapi'
import {
  DutyException,
  DutyExceptionDecision,
  DutyExceptionList,
  DutyExceptionListQuery,
  DutyExceptionRequest,
  ErrorBody,
  IdParam,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const one = (description: string) => ({ description, content: { 'application/json': { schema: DutyException } } })

export const requestExceptionRoute = defineRoute('duty_exception.request', {
  method: 'post',
  path: '/api/officers/duty-exceptions',
  tags: ['duty exceptions'],
  summary: 'A station head asks the branch to let one officer do routine duty for a date range',
  description:
    'The head signs the request; where the station requires both heads, the other head co-signs it ' +
    '(`/cosign`) before the branch may approve it. Accepts `Idempotency-Key`.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: DutyExceptionRequest } } },
  },
  responses: {
    201: one('Requested'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not request duty exceptions'),
    404: error("The officer is unknown or outside the head's station"),
    422: error('The Idempotency-Key was reused with another body'),
  },
})

export const cosignExceptionRoute = defineRoute('duty_exception.request', {
  method: 'post',
  path: '/api/officers/duty-exceptions/{id}/cosign',
  tags: ['duty exceptions'],
  summary: 'The second station head signs a request (stations that require both heads)',
  request: { params: IdParam },
  responses: {
    200: one('Signed'),
    400: error('The id is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not sign duty exceptions'),
    404: error("The request is unknown or outside the head's station"),
    409: error('RULE_EXCEPTION_DECIDED or RULE_EXCEPTION_SIGNED'),
    422: error('RULE_SECOND_HEAD: the head who asked cannot sign again'),
  },
})

export const decideExceptionRoute = defineRoute('duty_exception.decide', {
  method: 'post',
  path: '/api/officers/duty-exceptions/{id}/decision',
  tags: ['duty exceptions'],
  summary: "The branch approves or rejects a station's duty exception request",
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: DutyExceptionDecision } } },
  },
  responses: {
    200: one('Decided'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not decide duty exceptions'),
    404: error('The request is unknown'),
    409: error('RULE_EXCEPTION_DECIDED: decided already'),
    422: error('RULE_BOTH_HEADS_REQUIRED: the station requires both heads to sign first'),
  },
})

export const listExceptionsRoute = defineRoute('duty_exception.read', {
  method: 'get',
  path: '/api/officers/duty-exceptions',
  tags: ['duty exceptions'],
  summary: 'Duty exception requests of a station (or of the district), newest first',
  request: { query: DutyExceptionListQuery },
  responses: {
    200: { description: 'The requests', content: { 'application/json': { schema: DutyExceptionList } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read duty exceptions'),
    404: error("A station outside the actor's scope"),
  },
})
