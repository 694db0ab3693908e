import { z } from '@hono/zod-openapi'
import { Id } from './common'
import { MeetingKind } from './officers-tasks'

/**
 * One meeting of a station's calendar: the `week` of the month (1 = days 1–7, 3 = days 15–21) and
 * the `weekday` (1 = Monday … 7 = Sunday). Ranges are the rules' (422 RULE_MEETING_RANGE), so a
 * form can word them on the field.
 */
export const MeetingSetting = z
  .object({ kind: MeetingKind, week: z.number().int(), weekday: z.number().int() })
  .openapi('MeetingSetting')
export type MeetingSetting = z.infer<typeof MeetingSetting>

/** Beijing time of day, HH:MM. */
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 00:00–23:59')

/**
 * `GET /api/officers/stations/{stationId}/meeting-calendar`: the calendar in force. `source` says
 * whose it is; `fallback` is true when the station's stored calendar is malformed and the branch's
 * applies instead.
 */
export const StationMeetingCalendar = z
  .object({
    stationId: Id,
    source: z.enum(['branch', 'station']),
    fallback: z.boolean(),
    time: z.string(),
    meetings: z.array(MeetingSetting),
    /** The branch's calendar, for comparison and to go back to. */
    branch: z.object({ time: z.string(), meetings: z.array(MeetingSetting) }),
  })
  .openapi('StationMeetingCalendar')
export type StationMeetingCalendar = z.infer<typeof StationMeetingCalendar>

/** `PUT …/meeting-calendar`: the station's own calendar, or `null` to follow the branch's again. */
export const MeetingCalendarRequest = z
  .object({
    calendar: z.object({ time: TimeOfDay, meetings: z.array(MeetingSetting).max(10) }).nullable(),
  })
  .openapi('MeetingCalendarRequest')
export type MeetingCalendarRequest = z.infer<typeof MeetingCalendarRequest>

export const MeetingStationParam = z.object({
  stationId: Id.openapi({ param: { name: 'stationId', in: 'path' } }),
})
