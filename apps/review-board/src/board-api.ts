import type {
  Consequence,
  Consequences,
  ExemptionRates,
  FileNomination,
  Label,
  Nomination,
  Nominations,
  OfficerHistory,
  Precedents,
  QuarterSnapshot,
  Roster,
  StationScores,
} from '@platform/contracts'
import { getStaffJson } from '@platform/ui'
import { postJson } from './post-json'

const API = '/api/assessments'
const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]).toString()
  return search ? `?${search}` : ''
}

export type NominationFilter = { kind?: string; status?: string; station?: string; dueBefore?: string }
export const fetchNominations = (filter: NominationFilter) =>
  getStaffJson<Nominations>(`${API}/nominations${query(filter)}`)
export const fetchNomination = (id: string) => getStaffJson<Nomination>(`${API}/nominations/${encodeURIComponent(id)}`)
/** Files a nomination; the key (one per form, made on the device) makes a retried submit answer with the first nomination. */
export const fileNomination = (body: FileNomination, idempotencyKey: string) =>
  postJson<Nomination>(`${API}/nominations`, body, { 'idempotency-key': idempotencyKey })
export const voteNomination = (id: string, outcome: 'approve' | 'reject', reason: string) =>
  postJson<Nomination>(`${API}/nominations/${encodeURIComponent(id)}/votes`, { outcome, reason })
export const closeNomination = (id: string, summary: string) =>
  postJson<Nomination>(`${API}/nominations/${encodeURIComponent(id)}/decision`, { summary })

export const fetchHistory = (officerId: string) =>
  getStaffJson<OfficerHistory>(`${API}/officers/${encodeURIComponent(officerId)}/history`)

export type PrecedentFilter = { criterion?: string; outcome?: string; q?: string }
export const fetchPrecedents = (filter: PrecedentFilter) =>
  getStaffJson<Precedents>(`${API}/precedents${query(filter)}`)

export const fetchScores = (quarter: string, station?: string) =>
  getStaffJson<StationScores>(`${API}/scores${query({ quarter, station })}`)
export const fetchSnapshot = (quarter: string, station?: string) =>
  getStaffJson<QuarterSnapshot>(`${API}/quarters/${encodeURIComponent(quarter)}/snapshot${query({ station })}`)
export const fetchExemptionRates = () => getStaffJson<ExemptionRates>(`${API}/exemption-rates`)

/** Officers' names by id from the roster (one station, or all for the branch); empty when the roster is not readable. */
export async function fetchOfficerNames(station?: string): Promise<Map<string, Label>> {
  try {
    const roster = await getStaffJson<Roster>(`/api/officers/roster${query({ station, dedicated: 'true' })}`)
    return new Map(roster.officers.map((o) => [o.id, o.name]))
  } catch {
    return new Map()
  }
}

export const fetchConsequences = (quarter: string, station?: string) =>
  getStaffJson<Consequences>(`${API}/consequences${query({ quarter, station })}`)
export const decideConsequence = (id: string, decision: 'confirm' | 'withdraw', reason: string) =>
  postJson<Consequence>(`${API}/consequences/${encodeURIComponent(id)}/decision`, { decision, reason })
