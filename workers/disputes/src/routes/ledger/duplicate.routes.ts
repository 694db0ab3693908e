import { DisputeIdParam, DuplicateDecision, ErrorBody, LedgerEntry } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const duplicateRoute = defineRoute('dispute.duplicate.decide', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/duplicate',
  tags: ['ledger'],
  summary: 'Link a flagged duplicate to the earlier dispute, or dismiss the flag (with a reason)',
  description:
    'Both disputes stay as they are: a link only records that staff confirmed they concern the same matter. ' +
    'The reason is sealed (it may name people). Decided once; audited.',
  request: {
    params: DisputeIdParam,
    body: { required: true, content: { 'application/json': { schema: DuplicateDecision } } },
  },
  responses: {
    200: { description: 'Decided', content: { 'application/json': { schema: LedgerEntry } } },
    400: error('The decision is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not decide duplicates'),
    404: error("No such dispute, or it lies outside the actor's scope"),
    422: error('RULE_NO_DUPLICATE_FLAG (not flagged) or RULE_DUPLICATE_DECIDED (decided already)'),
  },
})
