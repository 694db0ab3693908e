import { ErrorBody, MeetingCalendarRequest, MeetingStationParam, StationMeetingCalendar } from '@platform/contracts'
import { defineRoute } from '@platform/server-kit'

const error = (description: string) => ({ description, content: { 'application/json': { schema: ErrorBody } } })
const calendar = (description: string) => ({
  description,
  content: { 'application/json': { schema: StationMeetingCalendar } },
})

export const stationCalendarRoute = defineRoute('task.plan.read', {
  method: 'get',
  path: '/api/officers/stations/{stationId}/meeting-calendar',
  tags: ['tasks'],
  summary: "A station's meeting calendar in force: its own, or the branch's (also when its own is malformed)",
  request: { params: MeetingStationParam },
  responses: {
    200: calendar('The calendar in force, with the branch’s'),
    400: error('The station id is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not read task plans'),
    404: error("A station outside the reader's scope"),
  },
})

export const setStationCalendarRoute = defineRoute('task.plan.write', {
  method: 'put',
  path: '/api/officers/stations/{stationId}/meeting-calendar',
  tags: ['tasks'],
  summary: "Set a station's own meeting calendar, or go back to the branch's (`calendar: null`)",
  description:
    'The three meetings once each; week of the month 1–4, weekday 1 (Monday) – 7 (Sunday), the quarterly ' +
    'summary in week 1 (422 RULE_MEETING_RANGE, `details.kind` and `details.field` name the value); the ' +
    'monthly summary in an earlier week than the progress meeting (422 RULE_MEETING_ORDER); each meeting ' +
    'once (422 RULE_MEETING_KINDS). Setting the same calendar twice changes nothing.',
  request: {
    params: MeetingStationParam,
    body: { required: true, content: { 'application/json': { schema: MeetingCalendarRequest } } },
  },
  responses: {
    200: calendar('The calendar now in force'),
    400: error('The body is malformed'),
    401: error('No valid actor assertion'),
    403: error('The role may not make task plans'),
    404: error("A station outside the author's scope"),
    422: error('RULE_MEETING_RANGE, RULE_MEETING_ORDER or RULE_MEETING_KINDS'),
  },
})
