import { z } from '@hono/zod-openapi'
import {
  ErrorBody,
  IdParam,
  MeetingList,
  MeetingsQuery,
  TaskTemplate,
  TaskTemplateEdit,
  TaskTemplateList,
  TaskTemplateListQuery,
  TaskTemplateRequest,
} from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const template = (description: string) => ({
  description,
  content: { 'application/json': { schema: TaskTemplate } },
})

export const listTemplatesRoute = defineRoute('task.plan.read', {
  method: 'get',
  path: '/api/officers/task-templates',
  tags: ['tasks'],
  summary: 'The task templates and checklists of a station (with the branch-wide ones)',
  description: 'Below the branch the reader’s own station; the branch reads every station or one (`station`).',
  request: { query: TaskTemplateListQuery },
  responses: {
    200: { description: 'Templates and checklists', content: { 'application/json': { schema: TaskTemplateList } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read task plans'),
    404: error("A station outside the reader's scope"),
  },
})

export const createTemplateRoute = defineRoute('task.plan.write', {
  method: 'post',
  path: '/api/officers/task-templates',
  tags: ['tasks'],
  summary: 'Add a task template (regular or special) with its period, quantified standard and evidence',
  description:
    'A station head adds the own station’s; the branch any station’s, or a branch-wide one (no `stationId`). ' +
    'Officers get it from the next list made for its period. Accepts `Idempotency-Key`.',
  request: {
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: TaskTemplateRequest } } },
  },
  responses: {
    201: template('Added'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not make task plans'),
    404: error("A station or checklist outside the author's scope"),
    422: error('The Idempotency-Key was reused with another body'),
  },
})

export const editTemplateRoute = defineRoute('task.plan.write', {
  method: 'put',
  path: '/api/officers/task-templates/{id}',
  tags: ['tasks'],
  summary: 'Edit a task template: lists already made keep what they were, the next period uses the edit',
  description:
    'A template no list holds yet is changed where it stands (200). One with lists is retired and a new ' +
    'version takes its place from the first day after the current period (`validFrom`, `replacesId`; 201), so ' +
    'items made keep their title, standard and evidence. Refused with 422 RULE_TEMPLATE_RETIRED for a retired ' +
    'template. Accepts `Idempotency-Key` (a retry gets the first answer).',
  request: {
    params: IdParam,
    headers: z.object({ 'idempotency-key': z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: TaskTemplateEdit } } },
  },
  responses: {
    200: template('Changed where it stands (no list held it)'),
    201: template('The new version, from the next period'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not make task plans'),
    404: error("No such template, or a checklist, in the author's scope"),
    422: error('RULE_TEMPLATE_RETIRED, or the Idempotency-Key was reused with another body'),
  },
})

export const retireTemplateRoute = defineRoute('task.plan.write', {
  method: 'post',
  path: '/api/officers/task-templates/{id}/retire',
  tags: ['tasks'],
  summary: 'Retire a task template: no more list items are made from it (the made ones stay)',
  request: { params: IdParam },
  responses: {
    200: template('Retired'),
    400: error('The id is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not make task plans'),
    404: error("No such template in the author's scope"),
  },
})

export const meetingsRoute = defineRoute('task.plan.read', {
  method: 'get',
  path: '/api/officers/meetings',
  tags: ['tasks'],
  summary: 'The meeting calendar: monthly summary (Tuesday of week 1), progress (Tuesday of week 3), quarterly',
  description:
    'Each station’s calendar (the branch’s unless the station set its own), between `from` and `to` ' +
    '(this month when left out; at most 366 days: 422 RULE_MEETING_RANGE otherwise).',
  request: { query: MeetingsQuery },
  responses: {
    200: { description: 'The meetings', content: { 'application/json': { schema: MeetingList } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read task plans'),
    404: error("A station outside the reader's scope"),
    422: error('RULE_MEETING_RANGE: to before from, or over a year'),
  },
})
