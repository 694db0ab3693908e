import { z } from '@hono/zod-openapi'
import {
  ErrorBody,
  IdParam,
  Transfer,
  TransferDecision,
  TransferList,
  TransferListQuery,
  TransferRequest,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const one = (description: string) => ({ description, content: { 'application/json': { schema: Transfer } } })

export const requestTransferRoute = defineRoute('transfer.request', {
  method: 'post',
  path: '/api/officers/transfers',
  tags: ['transfers'],
  summary: 'A station head asks the branch to transfer or replace one officer of the station',
  description:
    'Under the minimum years in post (5, src/config.ts) the request needs `overrideReason`. ' +
    'Accepts `Idempotency-Key`.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: TransferRequest } } },
  },
  responses: {
    201: one('Requested'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not request transfers'),
    404: error("The officer or the replacement is unknown or outside the head's station"),
    422: error(
      'RULE_MIN_TENURE without an override, RULE_TRANSFER_DESTINATION (a destination on a replacement or the same station), or the Idempotency-Key was reused with another body',
    ),
  },
})

export const decideTransferRoute = defineRoute('transfer.decide', {
  method: 'post',
  path: '/api/officers/transfers/{id}/decision',
  tags: ['transfers'],
  summary: "The branch approves or rejects a station's transfer request, with its reason",
  request: {
    params: IdParam,
    body: { required: true, content: { 'application/json': { schema: TransferDecision } } },
  },
  responses: {
    200: one('Decided'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not decide transfers'),
    404: error('The request is unknown'),
    409: error('RULE_TRANSFER_DECIDED: decided already'),
  },
})

export const completeTransferRoute = defineRoute('transfer.request', {
  method: 'post',
  path: '/api/officers/transfers/{id}/complete',
  tags: ['transfers'],
  summary: 'The station completes an approved transfer once a replacement is in post on the grid(s)',
  description:
    "The named replacement officer becomes responsible for the leaving officer's grids in the same " +
    'batch; without one, a grid the leaving officer still answers for refuses completion. The replacement ' +
    'also takes the leaving officer’s place (group and A/B role) in the community police group, the leaving ' +
    'officer leaves the group, and a transfer naming `toStationId` moves the officer to that station without a team.',
  request: { params: IdParam },
  responses: {
    200: one('Completed'),
    400: error('The id is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not complete transfers'),
    404: error("The request is unknown or outside the head's station"),
    409: error('RULE_TRANSFER_NOT_APPROVED or RULE_REPLACE_FIRST (no replacement in post on a grid)'),
  },
})

export const listTransfersRoute = defineRoute('transfer.read', {
  method: 'get',
  path: '/api/officers/transfers',
  tags: ['transfers'],
  summary: 'Transfer requests of a station (or of the district), newest first: the history',
  request: { query: TransferListQuery },
  responses: {
    200: { description: 'The requests', content: { 'application/json': { schema: TransferList } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read transfers'),
    404: error("A station outside the actor's scope"),
  },
})
