import type {
  MeetingCalendarRequest,
  MeetingList,
  StationMeetingCalendar,
  TaskTemplate,
  TaskTemplateEdit,
  TaskTemplateList,
  TaskTemplateRequest,
} from '@platform/contracts'
import { getStaffJson } from '@platform/ui'
import { sendStaffJson } from '../components/send-json'

const base = '/api/officers/task-templates'
const calendarPath = (stationId: string) => `/api/officers/stations/${encodeURIComponent(stationId)}/meeting-calendar`

export const fetchTemplates = (stationId: string) =>
  getStaffJson<TaskTemplateList>(`${base}?station=${encodeURIComponent(stationId)}`)

export const createTemplate = (input: TaskTemplateRequest, key: string) =>
  sendStaffJson<TaskTemplate>('POST', base, input, { 'Idempotency-Key': key })

/** An edit replays its first answer on retry (the old version is retired by then). */
export const editTemplate = (id: string, input: TaskTemplateEdit, key: string) =>
  sendStaffJson<TaskTemplate>('PUT', `${base}/${id}`, input, { 'Idempotency-Key': key })

export const retireTemplate = (id: string) => sendStaffJson<TaskTemplate>('POST', `${base}/${id}/retire`)

export const fetchCalendar = (stationId: string) => getStaffJson<StationMeetingCalendar>(calendarPath(stationId))

/** Setting a calendar is naturally idempotent: the same PUT twice leaves the same calendar. */
export const setCalendar = (stationId: string, body: MeetingCalendarRequest) =>
  sendStaffJson<StationMeetingCalendar>('PUT', calendarPath(stationId), body)

export const fetchMeetings = (stationId: string, from: string, to: string) =>
  getStaffJson<MeetingList>(`/api/officers/meetings?station=${encodeURIComponent(stationId)}&from=${from}&to=${to}`)
