import type { DutyOfDay, DutyProblem, DutyReportList, GroupRota } from '@platform/contracts'
import { getStaffJson } from '@platform/ui'
import { sendStaffJson } from '../components/send-json'
import { addDays, daysFrom } from './days'

/** How many days of the rota the overview and a group's page show (today included). */
export const ROTA_DAYS = 7

/** The station's groups with the shops on duty today and on each of the next days (one read per day). */
export async function fetchOverview(today: string): Promise<DutyOfDay[]> {
  return Promise.all(
    daysFrom(today, ROTA_DAYS).map((day) => getStaffJson<DutyOfDay>(`/api/communities/joint-defence?date=${day}`)),
  )
}

export type GroupData = { rota: GroupRota; station: DutyOfDay }

/** A group: its open shops and rota from today, and the station's groups (to move a shop to). */
export async function fetchGroup(groupId: string, today: string): Promise<GroupData> {
  const id = encodeURIComponent(groupId)
  const rota = await getStaffJson<GroupRota>(
    `/api/communities/defence-groups/${id}/rota?from=${today}&to=${addDays(today, ROTA_DAYS - 1)}`,
  )
  const station = await getStaffJson<DutyOfDay>(
    `/api/communities/joint-defence?station=${encodeURIComponent(rota.group.stationId)}&date=${today}`,
  )
  return { rota, station }
}

/** A group's duty reports from `from` to `to` (the API's default: the last 30 days). */
export function fetchReports(groupId: string, range: { from: string; to: string }) {
  return getStaffJson<DutyReportList>(
    `/api/communities/defence-groups/${encodeURIComponent(groupId)}/duty-reports?from=${range.from}&to=${range.to}`,
  )
}

/** A problem handed to the grid's officer (a task) or the disputes side (a lead); the worker sends it once. */
export const escalateProblem = (problemId: string, to: 'task' | 'dispute_lead') =>
  sendStaffJson<DutyProblem>('POST', `/api/communities/duty-problems/${encodeURIComponent(problemId)}/escalate`, { to })
