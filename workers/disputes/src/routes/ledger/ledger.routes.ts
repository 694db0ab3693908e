import {
  DisputeIdParam,
  DisputeParties,
  ErrorBody,
  Handover,
  Ledger,
  LedgerEntry,
  LedgerQuery,
  TriageDecision,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const refusals = {
  401: error('No valid actor assertion'),
  403: error('The role may not do this'),
}
const notFound = error("No such dispute, or it lies outside the actor's scope")

export const ledgerRoute = defineRoute('dispute.ledger.read', {
  method: 'get',
  path: '/api/disputes/ledger',
  tags: ['ledger'],
  summary: 'The dispute ledger (台账), personal data masked',
  description:
    'An officer sees the disputes held personally, a team leader or station head those of the own station, a ' +
    'Qihe Station mediator all of them. Newest first; `overdue=true` keeps those past their deadline.',
  request: { query: LedgerQuery },
  responses: {
    200: { description: 'The ledger', content: { 'application/json': { schema: Ledger } } },
    400: error('The query is malformed'),
    ...refusals,
  },
})

export const triageRoute = defineRoute('dispute.triage', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/triage',
  tags: ['ledger'],
  summary: 'Triage: police simple/complex, or a referral to mediation',
  description:
    "Police and simple → the grid's responsible officer (officers RPC); police and complex → the area's team " +
    'leader (held at team-leader level of the station until the officers worker names one); not police → a ' +
    "referral to people's, judicial or public-security mediation with the receiving body, its contact and (when " +
    'known) its own reference; the citizen keeps the same reference and link. Deadlines follow the tier. Audited.',
  request: {
    params: DisputeIdParam,
    body: { required: true, content: { 'application/json': { schema: TriageDecision } } },
  },
  responses: {
    200: { description: 'The dispute after triage', content: { 'application/json': { schema: LedgerEntry } } },
    400: error('The decision is malformed'),
    ...refusals,
    404: notFound,
    422: error('RULE_DISPUTE_CLOSED: a referred or closed dispute is not triaged again'),
    502: error('The officers or communities service did not answer'),
  },
})

export const handoverRoute = defineRoute('dispute.triage', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/handover',
  tags: ['ledger'],
  summary: 'The receiving body confirmed a referral and gave its own reference',
  request: {
    params: DisputeIdParam,
    body: { required: true, content: { 'application/json': { schema: Handover } } },
  },
  responses: {
    200: { description: 'The dispute, handed over', content: { 'application/json': { schema: LedgerEntry } } },
    400: error('The body is malformed'),
    ...refusals,
    404: notFound,
    422: error('RULE_NO_HANDOVER_PENDING: the dispute is not waiting for a hand-over'),
  },
})

export const revealRoute = defineRoute('dispute.parties.reveal', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/reveal',
  tags: ['ledger'],
  summary: 'Names, phones, address and description in full (holder only, audited)',
  description:
    'Only whoever holds the dispute sees its personal data in full; every view writes an audit row. A POST ' +
    'because it changes the audit trail.',
  request: { params: DisputeIdParam },
  responses: {
    200: { description: 'The personal data', content: { 'application/json': { schema: DisputeParties } } },
    ...refusals,
    404: notFound,
    422: error('RULE_HOLDER_ONLY: the actor does not hold this dispute'),
  },
})
