import type {
  AbstractionLedger,
  Assignment,
  AssignmentList,
  AssignmentRequest,
  DailyReminder,
  DutyException,
  DutyExceptionList,
  DutyExceptionRequest,
  PresenceWeek,
  SheetPeriod,
  StationDetail,
  TaskList,
  TaskTemplateList,
  TaskView,
  TeamSheet,
  TeamWeeks,
  Transfer,
  TransferDecision,
  TransferList,
  TransferRequest,
  WeeklyReport,
} from '@platform/contracts'
import { getStaffJson } from '@platform/ui'
import { sendStaffJson } from '../components/send-json'

const week = (date?: string) => (date ? `?week=${encodeURIComponent(date)}` : '')

export const fetchMyWeek = (date?: string) => getStaffJson<PresenceWeek>(`/api/officers/me/week${week(date)}`)

/** Where a time entry is POSTed (through the outbox, with its Idempotency-Key: a retry never logs it twice). */
export const PRESENCE_PATH = '/api/officers/me/presence'

export const submitWeek = (date: string) =>
  sendStaffJson<PresenceWeek>('POST', '/api/officers/me/week/submit', { week: date })

export const fetchTeamWeeks = (date?: string) => getStaffJson<TeamWeeks>(`/api/officers/presence/weeks${week(date)}`)

export const approveWeek = (officerId: string, date: string) =>
  sendStaffJson<PresenceWeek>('POST', '/api/officers/presence/weeks/approve', { officerId, week: date })

export const assign = (body: AssignmentRequest, key: string) =>
  sendStaffJson<Assignment>('POST', '/api/officers/assignments', body, { 'Idempotency-Key': key })

export const fetchAssignments = () => getStaffJson<AssignmentList>('/api/officers/assignments')

export const requestException = (body: DutyExceptionRequest, key: string) =>
  sendStaffJson<DutyException>('POST', '/api/officers/duty-exceptions', body, { 'Idempotency-Key': key })

export const fetchExceptions = () => getStaffJson<DutyExceptionList>('/api/officers/duty-exceptions')

export const decideException = (id: string, decision: 'approve' | 'reject') =>
  sendStaffJson<DutyException>('POST', `/api/officers/duty-exceptions/${encodeURIComponent(id)}/decision`, { decision })

/** The station's grids with their names (the communities worker's station detail). */
export const fetchStationDetail = (stationId: string) =>
  getStaffJson<StationDetail>(`/api/communities/stations/${encodeURIComponent(stationId)}`)

/** A fresh key per user action: retries of the same action reuse it. */
export const newKey = () => `desk-${crypto.randomUUID()}`

// Issue 4's second slice: the daily reminder, task lists, reports, the ledger and transfers.

export const fetchToday = () => getStaffJson<DailyReminder>('/api/officers/me/today')

export const fetchMyTasks = (period: TaskView, date?: string) =>
  getStaffJson<TaskList>(`/api/officers/me/tasks?period=${period}${date ? `&date=${encodeURIComponent(date)}` : ''}`)

/** Where a task's progress is POSTed (through the outbox: totals, not increments, so a repeat changes nothing). */
export const taskProgressPath = (taskId: string) => `/api/officers/me/tasks/${encodeURIComponent(taskId)}/progress`

export const fetchMyReport = (date?: string) => getStaffJson<WeeklyReport>(`/api/officers/me/report${week(date)}`)

export const fetchTeamSheet = (period: SheetPeriod, date?: string) =>
  getStaffJson<TeamSheet>(
    `/api/officers/reports/team-sheet?period=${period}${date ? `&date=${encodeURIComponent(date)}` : ''}`,
  )

export const fetchLedger = (date?: string) => getStaffJson<AbstractionLedger>(`/api/officers/ledger${week(date)}`)

export const fetchTaskTemplates = () => getStaffJson<TaskTemplateList>('/api/officers/task-templates')

export const fetchTransfers = () => getStaffJson<TransferList>('/api/officers/transfers')

export const requestTransfer = (body: TransferRequest, key: string) =>
  sendStaffJson<Transfer>('POST', '/api/officers/transfers', body, { 'Idempotency-Key': key })

export const decideTransfer = (id: string, body: TransferDecision) =>
  sendStaffJson<Transfer>('POST', `/api/officers/transfers/${encodeURIComponent(id)}/decision`, body)

export const completeTransfer = (id: string) =>
  sendStaffJson<Transfer>('POST', `/api/officers/transfers/${encodeURIComponent(id)}/complete`)
