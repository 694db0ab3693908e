import {
  DefenceGroupInput,
  DefenceGroupRecord,
  DefenceGroupUpdate,
  DutyProblem,
  DutyReport,
  DutyReportInput,
  DutyReportList,
  DutyReportsQuery,
  EscalateInput,
  GroupIdParam,
  ProblemIdParam,
  ShopIdParam,
  ShopInput,
  ShopRecord,
  ShopUpdate,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { body, error, idempotency, json, keyReused, refused } from '../responses'

export const createGroupRoute = defineRoute('defence.manage', {
  method: 'post',
  path: '/api/communities/defence-groups',
  tags: ['joint defence'],
  summary: 'Form a joint-defence group of neighbouring shops in a community. Accepts `Idempotency-Key`.',
  request: { headers: idempotency, body: body(DefenceGroupInput) },
  responses: {
    201: json('Formed', DefenceGroupRecord),
    400: error('A field is missing or malformed'),
    404: error("The community is unknown or outside the actor's station"),
    ...keyReused,
    ...refused,
  },
})

export const updateGroupRoute = defineRoute('defence.manage', {
  method: 'put',
  path: '/api/communities/defence-groups/{groupId}',
  tags: ['joint defence'],
  summary: "Rename a group, or change its street or community (the rota's start stays)",
  request: { params: GroupIdParam, body: body(DefenceGroupUpdate) },
  responses: {
    200: json('Updated', DefenceGroupRecord),
    400: error('A field is malformed'),
    404: error("The group or community is unknown or outside the actor's station"),
    ...refused,
  },
})

export const addShopRoute = defineRoute('defence.manage', {
  method: 'post',
  path: '/api/communities/defence-groups/{groupId}/shops',
  tags: ['joint defence'],
  summary: 'Put a shop on file in a group. Accepts `Idempotency-Key`.',
  description: 'A shop closed on all seven days could never serve: refused (400).',
  request: { params: GroupIdParam, headers: idempotency, body: body(ShopInput) },
  responses: {
    201: json('On file', ShopRecord),
    400: error('A field is missing, negative or malformed'),
    404: error("No group has this id, or it lies outside the actor's station"),
    ...keyReused,
    ...refused,
  },
})

export const updateShopRoute = defineRoute('defence.manage', {
  method: 'put',
  path: '/api/communities/shops/{shopId}',
  tags: ['joint defence'],
  summary: "Change a shop's name, place in the turn order, closed days, staff, or move it to another group",
  description:
    '`closed: true` records that the shop closed down: it leaves the rota from today and its duty reports stay ' +
    'on file; `closed: false` opens it again.',
  request: { params: ShopIdParam, body: body(ShopUpdate) },
  responses: {
    200: json('Updated', ShopRecord),
    400: error('A field is malformed'),
    404: error("The shop or the target group is unknown or outside the actor's station"),
    ...refused,
  },
})

export const createReportRoute = defineRoute('defence.report', {
  method: 'post',
  path: '/api/communities/defence-groups/{groupId}/duty-reports',
  tags: ['joint defence'],
  summary: 'Report a day on duty: the shops that served, the patrol, the problems found. Accepts `Idempotency-Key`.',
  description:
    'One report per group and day (409 DUTY_REPORT_EXISTS). The shops belong to the group, each once; the day ' +
    'is not in the future (400 otherwise).',
  request: { params: GroupIdParam, headers: idempotency, body: body(DutyReportInput) },
  responses: {
    201: json('Reported', DutyReport),
    400: error('A shop is not of the group or listed twice, or the day is malformed or in the future'),
    404: error("No group has this id, or it lies outside the actor's station"),
    409: error('The day is already reported (DUTY_REPORT_EXISTS)'),
    ...keyReused,
    ...refused,
  },
})

export const listReportsRoute = defineRoute('defence.report.read', {
  method: 'get',
  path: '/api/communities/defence-groups/{groupId}/duty-reports',
  tags: ['joint defence'],
  summary: "A group's duty reports over a range of days (default: the last 30)",
  request: { params: GroupIdParam, query: DutyReportsQuery },
  responses: {
    200: json('The reports', DutyReportList),
    400: error('A day is malformed, or `to` is before `from`'),
    404: error("No group has this id, or it lies outside the actor's station"),
    ...refused,
  },
})

export const escalateRoute = defineRoute('defence.report', {
  method: 'post',
  path: '/api/communities/duty-problems/{problemId}/escalate',
  tags: ['joint defence'],
  summary: "Hand a problem found on duty to the grid's officer as a task, or to the disputes side as a lead",
  description:
    "Sends the problem to the worker that acts on it: a special task in the list of the grid's responsible " +
    'officer (asked of the officers worker), or a lead on the disputes ledger (source community, no personal ' +
    'data). Sent: status `sent` with the task id or the dispute reference. When the other side fails, is late ' +
    'or the grid has no officer, the hand-over stays `requested` with `handoverFailure`; the same request ' +
    'again sends it (the other side keeps one record per problem, so nothing is duplicated) and, once sent, ' +
    'answers what is on record. The other way is refused (409 PROBLEM_ALREADY_ESCALATED).',
  request: { params: ProblemIdParam, body: body(EscalateInput) },
  responses: {
    200: json('Sent, or still requested with the reason', DutyProblem),
    400: error('The target is missing or unknown'),
    404: error("No problem has this id, or it lies outside the actor's station"),
    409: error('The problem was already handed over the other way (PROBLEM_ALREADY_ESCALATED)'),
    ...refused,
  },
})
