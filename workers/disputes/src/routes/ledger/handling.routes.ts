import {
  CloseRequest,
  DisputeIdParam,
  ErrorBody,
  LedgerEntry,
  PauseRequest,
  ProgressEntry,
  ReturnVisit,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const answers = (done: string, rules: string) => ({
  200: { description: done, content: { 'application/json': { schema: LedgerEntry } } },
  400: error('The body is malformed'),
  401: error('No valid actor assertion'),
  403: error('The role may not handle disputes'),
  404: error("No such dispute, or it lies outside the actor's scope"),
  422: error(`RULE_HOLDER_ONLY: only whoever holds the dispute; ${rules}`),
})

export const pauseRoute = defineRoute('dispute.handle', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/pause',
  tags: ['ledger'],
  summary: 'Pause a dispute (the clock stops), with a reason the citizen sees',
  request: {
    params: DisputeIdParam,
    body: { required: true, content: { 'application/json': { schema: PauseRequest } } },
  },
  responses: answers('Paused', 'RULE_ALREADY_PAUSED, RULE_DISPUTE_CLOSED'),
})

export const resumeRoute = defineRoute('dispute.handle', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/resume',
  tags: ['ledger'],
  summary: 'Resume a paused dispute; its deadline moves on by the time it was paused',
  request: { params: DisputeIdParam },
  responses: answers('Resumed', 'RULE_NOT_PAUSED, RULE_DISPUTE_CLOSED'),
})

export const closeRoute = defineRoute('dispute.handle', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/close',
  tags: ['ledger'],
  summary: 'Close a dispute with its outcome (agreement, withdrawn, to court, no agreement)',
  request: {
    params: DisputeIdParam,
    body: { required: true, content: { 'application/json': { schema: CloseRequest } } },
  },
  responses: answers('Closed', 'RULE_DISPUTE_CLOSED'),
})

export const returnVisitRoute = defineRoute('dispute.handle', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/return-visit',
  tags: ['ledger'],
  summary: 'Record the return visit after an agreement (protection, the third step)',
  request: {
    params: DisputeIdParam,
    body: { required: true, content: { 'application/json': { schema: ReturnVisit } } },
  },
  responses: answers('Visited', 'RULE_NO_RETURN_VISIT_DUE'),
})

export const reopenRoute = defineRoute('dispute.handle', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/reopen',
  tags: ['ledger'],
  summary: 'Reopen a closed dispute within 30 days of closing',
  request: { params: DisputeIdParam },
  responses: answers('Reopened, mediation again with a new deadline', 'RULE_NOT_CLOSED, RULE_REOPEN_WINDOW_PASSED'),
})

export const progressRoute = defineRoute('dispute.handle', {
  method: 'post',
  path: '/api/disputes/ledger/{id}/progress',
  tags: ['ledger'],
  summary: 'The weekly progress entry of whoever holds the dispute (internal, never shown to the citizen)',
  request: {
    params: DisputeIdParam,
    body: { required: true, content: { 'application/json': { schema: ProgressEntry } } },
  },
  responses: answers('Entered', 'RULE_DISPUTE_CLOSED'),
})
