import { z } from '@hono/zod-openapi'
import {
  Manager,
  ManagerIdParam,
  ManagerInput,
  ManagersByCommunity,
  ManagersQuery,
  ManagerUpdate,
  QuarterParam,
  QuarterRewards,
  RewardQuery,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { error, json, keyReused, refused } from '../responses'

export const listManagersRoute = defineRoute('manager.read', {
  method: 'get',
  path: '/api/communities/managers',
  tags: ['registration'],
  summary: 'Floating-population managers of a station, grouped by community',
  request: { query: ManagersQuery },
  responses: {
    200: json('By community', ManagersByCommunity),
    400: error('A query parameter is malformed'),
    404: error("A station outside the actor's scope"),
    ...refused,
  },
})

export const createManagerRoute = defineRoute('manager.manage', {
  method: 'post',
  path: '/api/communities/managers',
  tags: ['registration'],
  summary: 'Put a floating-population manager on file in a community. Accepts `Idempotency-Key`.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: ManagerInput } } },
  },
  responses: {
    201: json('On file', Manager),
    400: error('A field is missing or malformed'),
    404: error("The community is unknown or outside the actor's station"),
    ...keyReused,
    ...refused,
  },
})

export const updateManagerRoute = defineRoute('manager.manage', {
  method: 'put',
  path: '/api/communities/managers/{managerId}',
  tags: ['registration'],
  summary: 'Mark a manager active or no longer working (kept on file for past rewards)',
  request: {
    params: ManagerIdParam,
    body: { required: true, content: { 'application/json': { schema: ManagerUpdate } } },
  },
  responses: {
    200: json('Updated', Manager),
    400: error('A field is missing or malformed'),
    404: error("No manager has this id, or it works outside the actor's station"),
    ...refused,
  },
})

export const recordRewardsRoute = defineRoute('league.reward', {
  method: 'post',
  path: '/api/communities/league/{quarter}/rewards',
  tags: ['registration'],
  summary: "Record the quarter's rewards for the managers of the station's excellent communities (once per quarter)",
  description:
    "Ranks the station's two leagues for the quarter and rewards every active manager of an excellent community. " +
    'Idempotent per quarter and station: a second call writes nothing and answers the rewards on record (200). ' +
    'A quarter under way answers 422 RULE_QUARTER_NOT_CLOSED. At the branch, `station` is required.',
  request: { params: QuarterParam, query: RewardQuery },
  responses: {
    200: json('Already on record', QuarterRewards),
    201: json('Recorded', QuarterRewards),
    400: error('The quarter is malformed, or a branch account named no station'),
    404: error("A station outside the actor's scope, or unknown"),
    422: error('The quarter has not closed (RULE_QUARTER_NOT_CLOSED)'),
    ...refused,
  },
})

export const rewardsRoute = defineRoute('league.read', {
  method: 'get',
  path: '/api/communities/league/{quarter}/rewards',
  tags: ['registration'],
  summary:
    "The rewards recorded for a station's quarter (empty when none yet); at the branch without `station`, every station's",
  request: { params: QuarterParam, query: RewardQuery },
  responses: {
    200: json('The rewards', QuarterRewards),
    400: error('The quarter is malformed'),
    404: error("A station outside the actor's scope, or unknown"),
    ...refused,
  },
})
