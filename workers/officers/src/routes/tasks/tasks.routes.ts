import { z } from '@hono/zod-openapi'
import {
  DailyReminder,
  DailyReminderQuery,
  ErrorBody,
  IdParam,
  MyTasksQuery,
  TaskItem,
  TaskList,
  TaskProgressRequest,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })

export const myTasksRoute = defineRoute('task.self', {
  method: 'get',
  path: '/api/officers/me/tasks',
  tags: ['tasks'],
  summary: "The signed-in officer's task list of a day, week, month, quarter or year",
  description:
    'day → daily items of the date; week → weekly items (Monday–Sunday); month → half-monthly and monthly; ' +
    'quarter → quarterly; year → annual. The current period’s items are made on first read (idempotent). ' +
    'Dates in Asia/Shanghai; `date` defaults to today. The meetings of the window come with the list.',
  request: { query: MyTasksQuery },
  responses: {
    200: { description: 'The list', content: { 'application/json': { schema: TaskList } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role keeps no task list'),
    404: error('The account stands for no officer'),
  },
})

export const dailyReminderRoute = defineRoute('task.self', {
  method: 'get',
  path: '/api/officers/me/today',
  tags: ['tasks'],
  summary: 'The daily reminder: items due today, overdue and coming, today’s meetings, open disputes',
  description: '`disputes.available` is false when the disputes worker did not answer: the reminder still answers.',
  request: { query: DailyReminderQuery },
  responses: {
    200: { description: 'The reminder', content: { 'application/json': { schema: DailyReminder } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role keeps no task list'),
    404: error('The account stands for no officer'),
  },
})

export const taskProgressRoute = defineRoute('task.self', {
  method: 'post',
  path: '/api/officers/me/tasks/{id}/progress',
  tags: ['tasks'],
  summary: 'Record progress on an own task: the count so far, a note, the checklist items ticked',
  description:
    'Totals, not increments: sending the same body twice changes nothing. The item is done when its evidence ' +
    'is there (count ≥ standard; a note; every checklist item ticked and the count reached). Refused with 422 ' +
    'RULE_TASK_NOT_STARTED (its period begins after today) or RULE_CHECKLIST_ITEM (a position not on the ' +
    'checklist). Accepts `Idempotency-Key` (the desk’s offline queue).',
  request: {
    params: IdParam,
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: TaskProgressRequest } } },
  },
  responses: {
    200: { description: 'The item with its new state', content: { 'application/json': { schema: TaskItem } } },
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role keeps no task list'),
    404: error('No such item on the own lists'),
    422: error('A rule refused the progress, or the Idempotency-Key was reused with another body'),
  },
})
