import { z } from '@hono/zod-openapi'
import {
  ApproveWeekRequest,
  ErrorBody,
  PresenceEntry,
  PresenceEntryRequest,
  PresenceWeek,
  SubmitWeekRequest,
  TeamWeeks,
  TeamWeeksQuery,
  WeekQuery,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const week = (description: string) => ({ description, content: { 'application/json': { schema: PresenceWeek } } })

export const myWeekRoute = defineRoute('presence.self', {
  method: 'get',
  path: '/api/officers/me/week',
  tags: ['presence'],
  summary: "The signed-in officer's week: entries, totals against the targets, state",
  description: 'Weeks run Monday to Sunday in Asia/Shanghai; `week` is any date of the week (today when left out).',
  request: { query: WeekQuery },
  responses: {
    200: week('The week'),
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not log time'),
    404: error('The account stands for no officer'),
  },
})

export const logPresenceRoute = defineRoute('presence.self', {
  method: 'post',
  path: '/api/officers/me/presence',
  tags: ['presence'],
  summary: 'Log a stretch of time in the community',
  description:
    'Refused with 422: RULE_PRESENCE_END_BEFORE_START, RULE_PRESENCE_FUTURE (ends after now), ' +
    'RULE_PRESENCE_TOO_LONG (over 24 h), RULE_PRESENCE_OVERLAP (overlaps an own entry), RULE_PRESENCE_GRID ' +
    '(a grid that is not the officer’s); RULE_WEEK_SUBMITTED / RULE_WEEK_LOCKED when the week was submitted or ' +
    'approved. Accepts `Idempotency-Key` (the desk’s offline queue sends each entry once).',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: PresenceEntryRequest } } },
  },
  responses: {
    201: { description: 'Logged', content: { 'application/json': { schema: PresenceEntry } } },
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not log time'),
    404: error('The account stands for no officer'),
    422: error('A rule refused the entry'),
  },
})

export const submitWeekRoute = defineRoute('presence.self', {
  method: 'post',
  path: '/api/officers/me/week/submit',
  tags: ['presence'],
  summary: 'Submit the own week to the team leader',
  request: { body: { required: true, content: { 'application/json': { schema: SubmitWeekRequest } } } },
  responses: {
    200: week('Submitted'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not log time'),
    404: error('The account stands for no officer'),
    409: error('RULE_WEEK_SUBMITTED or RULE_WEEK_LOCKED'),
    422: error('RULE_WEEK_NOT_STARTED: a week still to come'),
  },
})

export const teamWeeksRoute = defineRoute('presence.review', {
  method: 'get',
  path: '/api/officers/presence/weeks',
  tags: ['presence'],
  summary: 'One week of every officer in the reader’s scope (the team, the station, the district)',
  request: { query: TeamWeeksQuery },
  responses: {
    200: { description: 'The weeks', content: { 'application/json': { schema: TeamWeeks } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not review weeks'),
    404: error("A team outside the reader's scope"),
  },
})

export const approveWeekRoute = defineRoute('presence.approve', {
  method: 'post',
  path: '/api/officers/presence/weeks/approve',
  tags: ['presence'],
  summary: 'Approve a submitted week; approval locks it',
  request: { body: { required: true, content: { 'application/json': { schema: ApproveWeekRequest } } } },
  responses: {
    200: week('Approved and locked'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not approve weeks'),
    404: error("The officer is unknown or outside the approver's team or station"),
    409: error('RULE_WEEK_LOCKED: approved already'),
    422: error('RULE_WEEK_NOT_SUBMITTED, or RULE_OWN_WEEK (nobody approves the own week)'),
  },
})
