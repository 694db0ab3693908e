import { DisputeIdParam, ErrorBody, MediationAgreement } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const agreementRoute = defineRoute('dispute.agreement.read', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/agreement',
  tags: ['ledger'],
  summary: 'The mediation agreement generated from the record, to print (holder only, audited)',
  description:
    'The parties in full, the matter, the agreed terms, who mediated and the dates, for the printable ' +
    'agreement (调解协议书). Only whoever holds the dispute; every view writes an audit row (a POST because it ' +
    'changes the audit trail). Only for a dispute closed with an agreement.',
  request: { params: DisputeIdParam },
  responses: {
    200: { description: 'The agreement', content: { 'application/json': { schema: MediationAgreement } } },
    401: error('No valid actor assertion'),
    403: error('The role may not read agreements'),
    404: error("No such dispute, or it lies outside the actor's scope"),
    422: error('RULE_HOLDER_ONLY (the actor does not hold it) or RULE_NO_AGREEMENT (not closed with an agreement)'),
  },
})
