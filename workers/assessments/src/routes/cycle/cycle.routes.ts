import {
  AnnualEvaluation,
  AnnualQuery,
  CloseQuarter,
  Consequence,
  ConsequenceIdParam,
  ConsequenceQuery,
  Consequences,
  DecideConsequence,
  ErrorBody,
  MonthlyNotice,
  MonthlyQuery,
  OfficerHistory,
  OfficerIdParam,
  QuarterSnapshot,
  ScoreQuarterParam,
  SnapshotQuery,
  WeeklyQuery,
  WeeklySummary,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const json = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const asked = { 401: json('No valid actor assertion'), 403: json('The role may not do this') } as const
const outOfScope = json("A station (or officer) outside the actor's scope")

export const closeQuarterRoute = defineRoute('quarter.close', {
  method: 'post',
  path: '/api/assessments/quarters/{quarter}/close',
  tags: ['cycle'],
  summary: "Close a station's quarter: freeze the scores into a snapshot with the inputs they used",
  description:
    'Each officer: score and rank with the rater lines and weights, computed items and their figures, and the ' +
    'adjustments so far; the grade (excellent within the quota, else ordinary), the star of the quarter, and the ' +
    'consequences proposed for the bottom of the ranking. After the close, deductions and computations are ' +
    'refused (RULE_QUARTER_FROZEN): a later change is an adjustment that points at its cause.',
  request: {
    params: ScoreQuarterParam,
    body: { content: { 'application/json': { schema: CloseQuarter } }, required: true },
  },
  responses: {
    201: { description: 'The frozen snapshot', content: { 'application/json': { schema: QuarterSnapshot } } },
    400: json('Malformed body or quarter'),
    ...asked,
    404: outOfScope,
    409: json('QUARTER_CLOSED: closed already'),
    422: json('RULE_QUARTER_NOT_ENDED'),
  },
})

export const snapshotRoute = defineRoute('score.read', {
  method: 'get',
  path: '/api/assessments/quarters/{quarter}/snapshot',
  tags: ['cycle'],
  summary: "A closed quarter's frozen snapshot (rows, grades, star, proposed consequences)",
  description: 'Empty with `closedAt: null` while the quarter is open. Below the branch, the own station.',
  request: { params: ScoreQuarterParam, query: SnapshotQuery },
  responses: {
    200: { description: 'The snapshot', content: { 'application/json': { schema: QuarterSnapshot } } },
    400: json('Malformed quarter or station'),
    ...asked,
    404: outOfScope,
  },
})

export const weeklyRoute = defineRoute('score.read', {
  method: 'get',
  path: '/api/assessments/cycle/weekly',
  tags: ['cycle'],
  summary: 'Weekly summary: hours in the community, tasks and deductions of the week per officer',
  description:
    'Hours and tasks come from the officers worker; if it does not answer, those columns are null and ' +
    '`unavailable` names it (the deductions still stand).',
  request: { query: WeeklyQuery },
  responses: {
    200: { description: 'The week', content: { 'application/json': { schema: WeeklySummary } } },
    400: json('Malformed query'),
    ...asked,
    404: outOfScope,
  },
})

export const monthlyRoute = defineRoute('score.read', {
  method: 'get',
  path: '/api/assessments/cycle/monthly',
  tags: ['cycle'],
  summary: "Monthly notice: each officer's quarter score and rank so far, and the month's deductions",
  request: { query: MonthlyQuery },
  responses: {
    200: { description: 'The notice', content: { 'application/json': { schema: MonthlyNotice } } },
    400: json('Malformed query'),
    ...asked,
    404: outOfScope,
  },
})

export const annualRoute = defineRoute('score.read', {
  method: 'get',
  path: '/api/assessments/cycle/annual',
  tags: ['cycle'],
  summary: "Annual evaluation: the year's quarters (frozen where closed), the average and the rank",
  request: { query: AnnualQuery },
  responses: {
    200: { description: 'The evaluation', content: { 'application/json': { schema: AnnualEvaluation } } },
    400: json('Malformed query'),
    ...asked,
    404: outOfScope,
  },
})

export const historyRoute = defineRoute('score.read', {
  method: 'get',
  path: '/api/assessments/officers/{officerId}/history',
  tags: ['cycle'],
  summary: "An officer's quarters: score, rank, adjustments and hours in the community; earlier cases",
  description: 'Hours come from the officers worker; when it does not answer they are null and `unavailable` names it.',
  request: { params: OfficerIdParam },
  responses: {
    200: { description: 'The history', content: { 'application/json': { schema: OfficerHistory } } },
    400: json('Malformed id'),
    ...asked,
    404: outOfScope,
  },
})

export const consequencesRoute = defineRoute('consequence.read', {
  method: 'get',
  path: '/api/assessments/consequences',
  tags: ['cycle'],
  summary: 'Consequences proposed for the bottom of the rankings, and what the station head decided',
  request: { query: ConsequenceQuery },
  responses: {
    200: { description: 'The consequences', content: { 'application/json': { schema: Consequences } } },
    400: json('Malformed query'),
    ...asked,
    404: outOfScope,
  },
})

export const decideConsequenceRoute = defineRoute('consequence.decide', {
  method: 'post',
  path: '/api/assessments/consequences/{consequenceId}/decision',
  tags: ['cycle'],
  summary: 'The station head confirms or withdraws a proposed consequence, with a reason',
  request: {
    params: ConsequenceIdParam,
    body: { content: { 'application/json': { schema: DecideConsequence } }, required: true },
  },
  responses: {
    201: { description: 'Decided', content: { 'application/json': { schema: Consequence } } },
    400: json('Malformed body (a reason is required)'),
    ...asked,
    404: outOfScope,
    409: json('CONSEQUENCE_DECIDED'),
  },
})
