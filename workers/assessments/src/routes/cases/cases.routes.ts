import { z } from '@hono/zod-openapi'
import {
  CaseIdParam,
  CaseQueue,
  CaseQueueQuery,
  CastVote,
  CloseCase,
  ErrorBody,
  ExemptionCase,
  FileAppeal,
  FileExemptionCase,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const json = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const asked = { 401: json('No valid actor assertion'), 403: json('The role may not do this') } as const
const notInScope = json("The case (or officer) is outside the actor's scope, or unknown: not told apart")

export const fileCaseRoute = defineRoute('exemption.file', {
  method: 'post',
  path: '/api/assessments/exemption-cases',
  tags: ['exemption cases'],
  summary: 'File a fault-tolerance exemption case',
  description:
    'Filed by the officer (own case), the team leader or the station head (their station): what happened, ' +
    'when, which duty, the three criteria each with evidence, and the deductions it concerns (item + points, ' +
    "within the item's range). The panel is drawn at once from the active board members; conflicted members " +
    '(same station, supervisor, filer, declared ties) are recused. Accepts `Idempotency-Key`.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { content: { 'application/json': { schema: FileExemptionCase } }, required: true },
  },
  responses: {
    201: {
      description: 'The case as filed, with its panel',
      content: { 'application/json': { schema: ExemptionCase } },
    },
    400: json("Malformed body, or a deduction outside its item's range (POINTS_OUT_OF_RANGE)"),
    ...asked,
    404: json("The officer has no score sheet for the quarter inside the actor's scope"),
    422: json('RULE_DEDUCTION_NOT_RECORDED (more points than were deducted), RULE_HAPPENED_IN_FUTURE'),
  },
})

export const listCasesRoute = defineRoute('exemption.read', {
  method: 'get',
  path: '/api/assessments/exemption-cases',
  tags: ['exemption cases'],
  summary: 'The queue of exemption cases',
  description:
    'Open cases first, then by deadline. Filters: status, station, deadline on or before a day. The board and ' +
    'the branch read every station; a station head or team leader the own station; an officer the own cases.',
  request: { query: CaseQueueQuery },
  responses: {
    200: { description: 'The cases', content: { 'application/json': { schema: CaseQueue } } },
    400: json('A query parameter is malformed'),
    ...asked,
    404: json("A station outside the actor's scope"),
  },
})

export const getCaseRoute = defineRoute('exemption.read', {
  method: 'get',
  path: '/api/assessments/exemption-cases/{caseId}',
  tags: ['exemption cases'],
  summary: 'One case: facts, evidence, deductions, panel with recusals, votes, tally, decision',
  request: { params: CaseIdParam },
  responses: {
    200: { description: 'The case', content: { 'application/json': { schema: ExemptionCase } } },
    400: json('The id is malformed'),
    ...asked,
    404: notInScope,
  },
})

export const castVoteRoute = defineRoute('exemption.vote', {
  method: 'post',
  path: '/api/assessments/exemption-cases/{caseId}/votes',
  tags: ['exemption cases'],
  summary: 'Vote on a case: exempt in full, in part, or reject, with a reason per criterion',
  description:
    'One vote per panel member: a second one answers 409 VOTE_ALREADY_CAST (votes are final; the first is kept). ' +
    'A recused member (403 RECUSED) or one not on the panel (403 NOT_ON_PANEL) cannot vote.',
  request: {
    params: CaseIdParam,
    body: { content: { 'application/json': { schema: CastVote } }, required: true },
  },
  responses: {
    201: { description: 'The case with the vote counted', content: { 'application/json': { schema: ExemptionCase } } },
    400: json('Malformed body'),
    ...asked,
    404: notInScope,
    409: json('VOTE_ALREADY_CAST, or CASE_DECIDED'),
  },
})

export const closeCaseRoute = defineRoute('exemption.close', {
  method: 'post',
  path: '/api/assessments/exemption-cases/{caseId}/decision',
  tags: ['exemption cases'],
  summary: 'The chair closes a case with the decision record',
  description:
    'Only when the quorum (default two thirds of the non-recused panel) has voted (else 422 RULE_QUORUM) and a ' +
    'majority exists (else 422 RULE_MAJORITY). An exemption reverses what the named deductions cost in the score ' +
    "(a weighted rater's points at the rater's weight; in part, the configured share of that) as adjustments " +
    'pointing at the case; the station ranking is recomputed from them.',
  request: {
    params: CaseIdParam,
    body: { content: { 'application/json': { schema: CloseCase } }, required: true },
  },
  responses: {
    201: { description: 'The decided case', content: { 'application/json': { schema: ExemptionCase } } },
    400: json('Malformed body'),
    ...asked,
    404: notInScope,
    409: json('CASE_DECIDED'),
    422: json('RULE_QUORUM or RULE_MAJORITY'),
  },
})

export const fileAppealRoute = defineRoute('exemption.appeal', {
  method: 'post',
  path: '/api/assessments/exemption-cases/{caseId}/appeal',
  tags: ['exemption cases'],
  summary: 'Appeal a decided case, once, within 15 days, to a panel without the first panel',
  description:
    'Filed by whoever may file the case. The appeal is a new case with the same facts, evidence and deductions, ' +
    'pointing at the first; its panel is drawn from the members who did not sit on the first panel (or proposed, ' +
    'then any first-panel member in it is refused). An appeal never takes back what the first decision restored.',
  request: {
    params: CaseIdParam,
    body: { content: { 'application/json': { schema: FileAppeal } }, required: true },
  },
  responses: {
    201: { description: 'The appeal, with its panel', content: { 'application/json': { schema: ExemptionCase } } },
    400: json('Malformed body, or a proposed member who is not an active board member'),
    ...asked,
    404: notInScope,
    422: json('RULE_APPEAL_UNDECIDED, RULE_ONE_APPEAL, RULE_APPEAL_WINDOW (after 15 days), RULE_APPEAL_PANEL'),
  },
})
