import { DisputeInsights, ErrorBody, InsightsQuery } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const insightsRoute = defineRoute('dispute.insights.read', {
  method: 'get',
  path: '/api/disputes/insights',
  tags: ['ledger'],
  summary: 'Learning from types: repeat addresses and parties, recurring kinds, per-community figures',
  description:
    "Over the last `months` (12 by default), in the actor's scope (a team leader or station head: the own " +
    'station; a mediator or the branch: all). Repeats are found by the keyed digests of phones and addresses, ' +
    'so nothing is unsealed; groups show references only.',
  request: { query: InsightsQuery },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: DisputeInsights } } },
    400: error('The query is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read these figures'),
  },
})
