import { ErrorBody, RecordedDispute, RecordedReceipt } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const recordRoute = defineRoute('dispute.record', {
  method: 'post',
  path: '/api/disputes/ledger',
  tags: ['ledger'],
  summary: 'Record a dispute from the counter, a police call, the community or a past case',
  description:
    'Staff put every source on the same ledger as the online intake: same fields, same sealing, same first ' +
    'deadline. `Idempotency-Key` as for every creating request. Below the branch, only communities of the own ' +
    "station (another station's answers 404). The answer holds the status link to hand to the citizen.",
  request: { body: { required: true, content: { 'application/json': { schema: RecordedDispute } } } },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: RecordedReceipt } } },
    400: error('A field is invalid, consent is missing, or the Idempotency-Key is missing or malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not record disputes'),
    404: error("The community is unknown or lies outside the actor's station"),
    422: error('The Idempotency-Key was used with a different request'),
    502: error('The communities service did not answer'),
  },
})
