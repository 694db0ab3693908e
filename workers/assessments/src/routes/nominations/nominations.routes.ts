import { z } from '@hono/zod-openapi'
import {
  CloseNomination,
  ErrorBody,
  FileNomination,
  Nomination,
  NominationIdParam,
  NominationQuery,
  Nominations,
  NominationVoteInput,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const json = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const asked = { 401: json('No valid actor assertion'), 403: json('The role may not do this') } as const
const notInScope = json("The nomination (or officer) is outside the actor's scope, or unknown: not told apart")

export const listNominationsRoute = defineRoute('nomination.read', {
  method: 'get',
  path: '/api/assessments/nominations',
  tags: ['nominations'],
  summary: 'The queue of nominations (star of the quarter, annual commendation, promotion preference)',
  request: { query: NominationQuery },
  responses: {
    200: { description: 'Open first, then by deadline', content: { 'application/json': { schema: Nominations } } },
    400: json('Malformed query'),
    ...asked,
    404: json("A station outside the actor's scope"),
  },
})

export const fileNominationRoute = defineRoute('nomination.file', {
  method: 'post',
  path: '/api/assessments/nominations',
  tags: ['nominations'],
  summary: 'Nominate an officer, with the frozen score snapshot the nomination rests on',
  description:
    'A star of the quarter rests on that quarter’s snapshot (closed), a commendation or promotion preference on ' +
    "the year's closed quarters. The panel is drawn like an exemption case's, with the same conflict rules. " +
    'Annual commendations have a branch quota (15 by default). Accepts `Idempotency-Key`.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { content: { 'application/json': { schema: FileNomination } }, required: true },
  },
  responses: {
    201: { description: 'The nomination, with its panel', content: { 'application/json': { schema: Nomination } } },
    400: json('Malformed body, a period that does not fit the kind (PERIOD_MISMATCH), an unknown board member'),
    ...asked,
    404: json("The officer has no score sheet in the period inside the actor's scope"),
    409: json('NOMINATED_ALREADY: the officer is nominated for this kind and period'),
    422: json('RULE_NO_SNAPSHOT, RULE_ONE_STAR, RULE_QUOTA'),
  },
})

export const getNominationRoute = defineRoute('nomination.read', {
  method: 'get',
  path: '/api/assessments/nominations/{nominationId}',
  tags: ['nominations'],
  summary: 'One nomination: reason, snapshot, panel with recusals, votes, tally, decision',
  request: { params: NominationIdParam },
  responses: {
    200: { description: 'The nomination', content: { 'application/json': { schema: Nomination } } },
    400: json('Malformed id'),
    ...asked,
    404: notInScope,
  },
})

export const voteNominationRoute = defineRoute('nomination.vote', {
  method: 'post',
  path: '/api/assessments/nominations/{nominationId}/votes',
  tags: ['nominations'],
  summary: 'Vote approve or reject, with a reason (one vote per panel member)',
  request: {
    params: NominationIdParam,
    body: { content: { 'application/json': { schema: NominationVoteInput } }, required: true },
  },
  responses: {
    201: {
      description: 'The nomination with the vote counted',
      content: { 'application/json': { schema: Nomination } },
    },
    400: json('Malformed body'),
    ...asked,
    404: notInScope,
    409: json('VOTE_ALREADY_CAST or NOMINATION_DECIDED'),
  },
})

export const closeNominationRoute = defineRoute('nomination.close', {
  method: 'post',
  path: '/api/assessments/nominations/{nominationId}/decision',
  tags: ['nominations'],
  summary: 'The chair closes a nomination once the quorum has voted and a majority exists',
  request: {
    params: NominationIdParam,
    body: { content: { 'application/json': { schema: CloseNomination } }, required: true },
  },
  responses: {
    201: { description: 'The decided nomination', content: { 'application/json': { schema: Nomination } } },
    400: json('Malformed body'),
    ...asked,
    404: notInScope,
    409: json('NOMINATION_DECIDED'),
    422: json('RULE_QUORUM, RULE_MAJORITY, RULE_QUOTA (the branch quota is used up)'),
  },
})
