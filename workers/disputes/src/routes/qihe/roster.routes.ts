import { PUBLIC } from '@platform/auth'
import { ErrorBody, QiheRoster, QiheRosterInput, QiheRosterMember, QiheToday, StaffIdParam } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const refusals = { 401: error('No valid actor assertion'), 403: error('The role may not do this') }

// Public: counts by agency only (no names, no phones), so a citizen knows whom to meet today.
export const todayRoute = defineRoute(PUBLIC, {
  method: 'get',
  path: '/api/disputes/public/qihe/today',
  tags: ['qihe'],
  summary: 'Who is at the Qihe Station today, and which agencies on the coming days',
  description:
    'Per agency: how many members are at the station today (resident ones every working day, rotating ones on ' +
    'their weekdays) and how many are on call; then the next seven days with the agencies present. Working days ' +
    'follow the official calendar (public holidays and make-up working days). Counts only.',
  responses: { 200: { description: 'Today and the week', content: { 'application/json': { schema: QiheToday } } } },
})

export const rosterRoute = defineRoute('qihe.staff.read', {
  method: 'get',
  path: '/api/disputes/staff/roster',
  tags: ['qihe'],
  summary: 'The station roster: every member, arrangement and weekdays (staff zone)',
  responses: {
    200: { description: 'The roster', content: { 'application/json': { schema: QiheRoster } } },
    ...refusals,
  },
})

export const addMemberRoute = defineRoute('qihe.staff.manage', {
  method: 'post',
  path: '/api/disputes/staff',
  tags: ['qihe'],
  summary: 'Add a member to the roster (Idempotency-Key)',
  request: { body: { required: true, content: { 'application/json': { schema: QiheRosterInput } } } },
  responses: {
    201: { description: 'Added', content: { 'application/json': { schema: QiheRosterMember } } },
    400: error('The member is malformed, or no Idempotency-Key'),
    ...refusals,
    422: error('The same key was used with another body'),
  },
})

export const updateMemberRoute = defineRoute('qihe.staff.manage', {
  method: 'put',
  path: '/api/disputes/staff/{id}',
  tags: ['qihe'],
  summary: "Change a member's arrangement, weekdays, position or whether they still serve",
  request: {
    params: StaffIdParam,
    body: { required: true, content: { 'application/json': { schema: QiheRosterInput } } },
  },
  responses: {
    200: { description: 'Changed', content: { 'application/json': { schema: QiheRosterMember } } },
    400: error('The member is malformed'),
    ...refusals,
    404: error('No such member'),
  },
})
