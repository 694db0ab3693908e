import {
  ErrorBody,
  OfficerDeductions,
  OfficerIdParam,
  QuarterQuery,
  Scorecards,
  ScoresQuery,
  StationQuery,
  StationScores,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const refusals = {
  400: { description: 'A query parameter is malformed', content: { 'application/json': { schema: ErrorBody } } },
  401: { description: 'No valid actor assertion', content: { 'application/json': { schema: ErrorBody } } },
  403: { description: 'The role may not read this', content: { 'application/json': { schema: ErrorBody } } },
  404: {
    description: "A station outside the actor's scope (not told apart from an unknown one)",
    content: { 'application/json': { schema: ErrorBody } },
  },
} as const

export const scorecardsRoute = defineRoute('scorecard.read', {
  method: 'get',
  path: '/api/assessments/scorecards',
  tags: ['scores'],
  summary: 'Scorecards: aspects and items with their points, per station',
  description:
    'Below the branch, the own station (without `station`); another station answers 404. The branch reads one ' +
    'station (`station`) or all.',
  request: { query: StationQuery },
  responses: {
    200: { description: 'The scorecard', content: { 'application/json': { schema: Scorecards } } },
    ...refusals,
  },
})

export const stationScoresRoute = defineRoute('score.read', {
  method: 'get',
  path: '/api/assessments/scores',
  tags: ['scores'],
  summary: "A station's quarterly scores and ranking",
  description:
    'Each officer: the base minus recorded deductions plus adjustments (e.g. an exemption reversing a deduction), ' +
    'ranked within the station. Below the branch, the own station only.',
  request: { query: ScoresQuery },
  responses: {
    200: { description: 'The ranking, best first', content: { 'application/json': { schema: StationScores } } },
    ...refusals,
  },
})

export const officerDeductionsRoute = defineRoute('score.read', {
  method: 'get',
  path: '/api/assessments/officers/{officerId}/deductions',
  tags: ['scores'],
  summary: "The deductions recorded against an officer's quarter",
  description:
    'What an exemption case may name. Empty when the officer has no sheet that quarter; an officer of ' +
    'another station (below the branch) answers 404.',
  request: { params: OfficerIdParam, query: QuarterQuery },
  responses: {
    200: { description: 'The deductions', content: { 'application/json': { schema: OfficerDeductions } } },
    ...refusals,
  },
})
