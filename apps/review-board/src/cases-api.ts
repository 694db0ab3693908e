import type {
  CaseQueue,
  CastVote,
  ExemptionCase,
  FileExemptionCase,
  OfficerDeductions,
  PublicStations,
  Roster,
} from '@platform/contracts'
import { getStaffJson } from '@platform/ui'
import { postJson } from './post-json'

const BASE = '/api/assessments/exemption-cases'

export type QueueFilter = { status?: string; station?: string; dueBefore?: string }

export function fetchQueue(filter: QueueFilter) {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][])
  const search = query.toString()
  return getStaffJson<CaseQueue>(search ? `${BASE}?${search}` : BASE)
}

export const fetchCase = (id: string) => getStaffJson<ExemptionCase>(`${BASE}/${encodeURIComponent(id)}`)

export const castVote = (id: string, vote: CastVote) =>
  postJson<ExemptionCase>(`${BASE}/${encodeURIComponent(id)}/votes`, vote)

export const closeCase = (id: string, summary: string) =>
  postJson<ExemptionCase>(`${BASE}/${encodeURIComponent(id)}/decision`, { summary })

export const fileAppeal = (id: string, grounds: string) =>
  postJson<ExemptionCase>(`${BASE}/${encodeURIComponent(id)}/appeal`, { grounds })

export const fileCase = (body: FileExemptionCase) => postJson<ExemptionCase>(BASE, body)

export const fetchOfficerDeductions = (officerId: string, quarter: string) =>
  getStaffJson<OfficerDeductions>(
    `/api/assessments/officers/${encodeURIComponent(officerId)}/deductions?quarter=${encodeURIComponent(quarter)}`,
  )

/** Station names for the filters (the public list: ids and labels only). */
export const fetchStations = () => getStaffJson<PublicStations>('/api/communities/public/stations')

/** The officer's name for the case page: the station's roster from the officers worker. */
export async function fetchOfficerName(stationId: string, officerId: string) {
  const roster = await getStaffJson<Roster>(`/api/officers/roster?station=${encodeURIComponent(stationId)}`)
  return roster.officers.find((o) => o.id === officerId)?.name ?? null
}
