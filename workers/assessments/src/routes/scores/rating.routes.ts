import { z } from '@hono/zod-openapi'
import {
  ComputedItems,
  ComputeItems,
  EnterDeduction,
  EnteredDeduction,
  ErrorBody,
  OfficerIdParam,
  Scorecard,
  ScorecardStationParam,
  ScoreQuarterParam,
  SetRaters,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const json = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const asked = { 401: json('No valid actor assertion'), 403: json('The role may not do this') } as const

export const enterDeductionRoute = defineRoute('score.rate', {
  method: 'post',
  path: '/api/assessments/officers/{officerId}/deductions',
  tags: ['scores'],
  summary: "A rater takes points off an item of an officer's quarter, with a reason",
  description:
    "The rater's seat comes from the signed-in role (team leader, or the duty deputy head signing in as station " +
    "head) and its weight from the station's scorecard. Only items entered by raters; points within the item's " +
    'range. Refused once the quarter is closed (a later change is an adjustment). Accepts `Idempotency-Key`.',
  request: {
    params: OfficerIdParam,
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { content: { 'application/json': { schema: EnterDeduction } }, required: true },
  },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: EnteredDeduction } } },
    400: json('Malformed body, an unknown item (UNKNOWN_ITEM), points outside the range (POINTS_OUT_OF_RANGE)'),
    ...asked,
    404: json("The officer has no sheet that quarter inside the actor's scope"),
    422: json('RULE_QUARTER_FROZEN, RULE_ITEM_COMPUTED (the item is computed from records), RULE_NOT_A_RATER'),
  },
})

export const computeItemsRoute = defineRoute('score.compute', {
  method: 'post',
  path: '/api/assessments/quarters/{quarter}/computed-items',
  tags: ['scores'],
  summary: "Recompute a station's computed items from the records of the other workers",
  description:
    'Hours in the community and task completion (officers), registration rates (communities, per grid of the ' +
    'responsible officer), disputes overdue (disputes) and household-visit satisfaction (here). Every worker is ' +
    'asked first; if one fails the answer is 502 naming it and nothing is written.',
  request: {
    params: ScoreQuarterParam,
    body: { content: { 'application/json': { schema: ComputeItems } }, required: true },
  },
  responses: {
    201: {
      description: 'The items as stored, with their inputs',
      content: { 'application/json': { schema: ComputedItems } },
    },
    400: json('Malformed body or quarter'),
    ...asked,
    404: json("A station outside the actor's scope"),
    422: json('RULE_QUARTER_FROZEN'),
    502: json('UPSTREAM_FAILED: a worker did not answer (details.peer); nothing was written'),
  },
})

export const setRatersRoute = defineRoute('scorecard.configure', {
  method: 'put',
  path: '/api/assessments/scorecards/{stationId}/raters',
  tags: ['scores'],
  summary: "Set who rates on a station's scorecard and each rater's weight",
  description:
    'E.g. 50 % the team leader, 50 % the duty deputy head (signs in as station head). The weights add up to 100 ' +
    '(else 422 RULE_WEIGHTS). Closed quarters keep the weights frozen in their snapshot.',
  request: {
    params: ScorecardStationParam,
    body: { content: { 'application/json': { schema: SetRaters } }, required: true },
  },
  responses: {
    200: { description: 'The scorecard with its raters', content: { 'application/json': { schema: Scorecard } } },
    400: json('Malformed body, or a rater seat named twice (DUPLICATE_RATER)'),
    ...asked,
    404: json("A station outside the actor's scope, or without a scorecard"),
    422: json('RULE_WEIGHTS: the weights do not add up to 100'),
  },
})
