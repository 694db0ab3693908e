import { DutyOfDay, DutyOfDayQuery, GroupIdParam, GroupRota, RotaQuery } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'
import { error } from '../responses'

export const groupRotaRoute = defineRoute('defence.rota.read', {
  method: 'get',
  path: '/api/communities/defence-groups/{groupId}/rota',
  tags: ['joint defence'],
  summary: 'The daily duty rota of a joint-defence group (two shops a day, fair over time, closed days skipped)',
  description:
    'Turns count from the rota start, so any range gives the same days. Without `from`, today (Asia/Shanghai); ' +
    'without `to`, a week from `from`. At most 62 days per request.',
  request: { params: GroupIdParam, query: RotaQuery },
  responses: {
    200: { description: 'The rota', content: { 'application/json': { schema: GroupRota } } },
    400: error('A day is malformed, `to` is before `from`, or the range is too long'),
    401: error('No valid actor assertion'),
    403: error('The role may not read the rota'),
    404: error("No group has this id, or it lies outside the actor's station"),
  },
})

export const dutyOfDayRoute = defineRoute('defence.rota.read', {
  method: 'get',
  path: '/api/communities/joint-defence',
  tags: ['joint defence'],
  summary: 'Every joint-defence group of a station with the two shops on duty on a day',
  description:
    'Without `date`, today (Asia/Shanghai); without `station`, the own station below the branch and every group ' +
    'of the district at it.',
  request: { query: DutyOfDayQuery },
  responses: {
    200: { description: "The day's duty", content: { 'application/json': { schema: DutyOfDay } } },
    400: error('A query parameter is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read the rota'),
    404: error("A station outside the actor's scope"),
  },
})
