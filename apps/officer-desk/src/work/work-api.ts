import type {
  Assignment,
  AssignmentList,
  AssignmentRequest,
  DutyException,
  DutyExceptionList,
  DutyExceptionRequest,
  PresenceEntry,
  PresenceEntryRequest,
  PresenceWeek,
  StationDetail,
  TeamWeeks,
} from '@platform/contracts'
import { getStaffJson } from '@platform/ui'
import { postStaffJson } from './send-json'

const week = (date?: string) => (date ? `?week=${encodeURIComponent(date)}` : '')

export const fetchMyWeek = (date?: string) => getStaffJson<PresenceWeek>(`/api/officers/me/week${week(date)}`)

/** One entry, sent with an Idempotency-Key so a retry never logs it twice. */
export const logTime = (body: PresenceEntryRequest, key: string) =>
  postStaffJson<PresenceEntry>('/api/officers/me/presence', body, { 'Idempotency-Key': key })

export const submitWeek = (date: string) => postStaffJson<PresenceWeek>('/api/officers/me/week/submit', { week: date })

export const fetchTeamWeeks = (date?: string) => getStaffJson<TeamWeeks>(`/api/officers/presence/weeks${week(date)}`)

export const approveWeek = (officerId: string, date: string) =>
  postStaffJson<PresenceWeek>('/api/officers/presence/weeks/approve', { officerId, week: date })

export const assign = (body: AssignmentRequest, key: string) =>
  postStaffJson<Assignment>('/api/officers/assignments', body, { 'Idempotency-Key': key })

export const fetchAssignments = () => getStaffJson<AssignmentList>('/api/officers/assignments')

export const requestException = (body: DutyExceptionRequest, key: string) =>
  postStaffJson<DutyException>('/api/officers/duty-exceptions', body, { 'Idempotency-Key': key })

export const fetchExceptions = () => getStaffJson<DutyExceptionList>('/api/officers/duty-exceptions')

export const decideException = (id: string, decision: 'approve' | 'reject') =>
  postStaffJson<DutyException>(`/api/officers/duty-exceptions/${encodeURIComponent(id)}/decision`, { decision })

/** The station's grids with their names (the communities worker's station detail). */
export const fetchStationDetail = (stationId: string) =>
  getStaffJson<StationDetail>(`/api/communities/stations/${encodeURIComponent(stationId)}`)

/** A fresh key per user action: retries of the same action reuse it. */
export const newKey = () => `desk-${crypto.randomUUID()}`
