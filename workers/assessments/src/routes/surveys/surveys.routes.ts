import { z } from '@hono/zod-openapi'
import { PUBLIC } from '@platform/auth'
import {
  ErrorBody,
  PeriodQuery,
  PublicSurveyAnswer,
  RecordedAnswer,
  Satisfaction,
  Surveys,
  VisitSurveyAnswer,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const json = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const asked = { 401: json('No valid actor assertion'), 403: json('The role may not do this') } as const

export const listSurveysRoute = defineRoute('survey.read', {
  method: 'get',
  path: '/api/assessments/surveys',
  tags: ['surveys'],
  summary: 'The satisfaction surveys: after a closed dispute, the public short form, household visits',
  responses: {
    200: { description: 'The definitions', content: { 'application/json': { schema: Surveys } } },
    ...asked,
  },
})

export const publicAnswerRoute = defineRoute(PUBLIC, {
  method: 'post',
  path: '/api/assessments/surveys/public',
  tags: ['surveys'],
  summary: 'The public short satisfaction form (no personal data), rate limited per address',
  description:
    'A community and a score of 1–5, nothing else. Rate limited per client address (10 a minute, 429 with ' +
    'Retry-After). Accepts `Idempotency-Key`: a retry records nothing twice.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { content: { 'application/json': { schema: PublicSurveyAnswer } }, required: true },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: RecordedAnswer } } },
    400: json('Malformed body, or a community that does not exist (UNKNOWN_COMMUNITY)'),
    422: json('IDEMPOTENCY_KEY_REUSED'),
    429: json('RATE_LIMITED'),
    502: json('The communities service did not answer (UPSTREAM_FAILED): nothing recorded'),
  },
})

export const visitAnswerRoute = defineRoute('survey.visit', {
  method: 'post',
  path: '/api/assessments/surveys/visits',
  tags: ['surveys'],
  summary: "An officer records a household's satisfaction during a visit",
  description: 'The community must be in the officer’s station. Accepts `Idempotency-Key`.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { content: { 'application/json': { schema: VisitSurveyAnswer } }, required: true },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: RecordedAnswer } } },
    400: json('Malformed body, or an unknown community (UNKNOWN_COMMUNITY)'),
    ...asked,
    404: json("A community outside the officer's station"),
    422: json('RULE_VISIT_IN_FUTURE, IDEMPOTENCY_KEY_REUSED'),
    502: json('The communities service did not answer (UPSTREAM_FAILED)'),
  },
})

export const satisfactionRoute = defineRoute('satisfaction.read', {
  method: 'get',
  path: '/api/assessments/satisfaction',
  tags: ['surveys'],
  summary: 'The satisfaction rate of the district, each station and each community',
  description:
    'Answers of 4 or 5 (of 1–5) are satisfied. Below the branch, the own station only. Period `from`..`to` ' +
    '(days, both included; default: every answer).',
  request: { query: PeriodQuery },
  responses: {
    200: { description: 'The rates', content: { 'application/json': { schema: Satisfaction } } },
    400: json('A malformed query'),
    ...asked,
    404: json("A station outside the actor's scope"),
  },
})
