import type {
  DisputeInsights,
  DisputeOutcome,
  DuplicateDecision,
  Ledger,
  LedgerEntry,
  MediationAgreement,
  PauseReason,
  PublicStations,
  QiheRoster,
  QiheRosterInput,
  QiheRosterMember,
  TriageDecision,
} from '@platform/contracts'
import { errorFromBody, getJson, getStaffJson, RequestError, signedIn } from '@platform/ui'

/** The ledger in the actor's scope; `overdue` / `dueSoon` keep only those past or near their deadline. */
export function fetchLedger(filter: { overdue: boolean; dueSoon: boolean }) {
  const query = new URLSearchParams()
  if (filter.overdue) query.set('overdue', 'true')
  if (filter.dueSoon) query.set('dueSoon', 'true')
  const search = query.toString()
  return getStaffJson<Ledger>(`/api/disputes/ledger${search ? `?${search}` : ''}`)
}

async function post<T>(path: string, body: unknown, method = 'POST', headers: Record<string, string> = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
  } catch (cause) {
    throw new RequestError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) })
  }
  const text = await response.text()
  if (!response.ok) throw errorFromBody(response.status, text)
  return JSON.parse(text) as T
}

export const triage = (id: string, decision: TriageDecision) =>
  signedIn(post<LedgerEntry>(`/api/disputes/ledger/${id}/triage`, decision))

export const confirmHandover = (id: string, theirReference: string) =>
  signedIn(post<LedgerEntry>(`/api/disputes/ledger/${id}/handover`, { theirReference }))

export const pauseDispute = (id: string, reason: PauseReason) =>
  signedIn(post<LedgerEntry>(`/api/disputes/ledger/${id}/pause`, { reason }))

export const resumeDispute = (id: string) => signedIn(post<LedgerEntry>(`/api/disputes/ledger/${id}/resume`, {}))

export const closeDispute = (id: string, outcome: DisputeOutcome, agreementTerms?: string) =>
  signedIn(
    post<LedgerEntry>(`/api/disputes/ledger/${id}/close`, {
      outcome,
      ...(outcome === 'agreement' && agreementTerms?.trim() ? { agreementTerms: agreementTerms.trim() } : {}),
    }),
  )

export const recordReturnVisit = (id: string, agreementHolds: boolean) =>
  signedIn(post<LedgerEntry>(`/api/disputes/ledger/${id}/return-visit`, { agreementHolds }))

export const reopenDispute = (id: string) => signedIn(post<LedgerEntry>(`/api/disputes/ledger/${id}/reopen`, {}))

export const addProgress = (id: string, note: string) =>
  signedIn(post<LedgerEntry>(`/api/disputes/ledger/${id}/progress`, { note }))

/** The mediation agreement in full (holder only; the server audits each view). */
export const fetchAgreement = (id: string) =>
  signedIn(post<MediationAgreement>(`/api/disputes/ledger/${id}/agreement`, {}))

export const decideDuplicate = (id: string, decision: DuplicateDecision) =>
  signedIn(post<LedgerEntry>(`/api/disputes/ledger/${id}/duplicate`, decision))

export const fetchInsights = () => getStaffJson<DisputeInsights>('/api/disputes/insights')

/** Community names for the figures (the communities worker's public list). */
export const fetchPlaces = () => getJson<PublicStations>('/api/communities/public/stations')

export const fetchRoster = () => getStaffJson<QiheRoster>('/api/disputes/staff/roster')

export const addMember = (member: QiheRosterInput, key: string) =>
  signedIn(post<QiheRosterMember>('/api/disputes/staff', member, 'POST', { 'idempotency-key': key }))

export const updateMember = (id: string, member: QiheRosterInput) =>
  signedIn(post<QiheRosterMember>(`/api/disputes/staff/${id}`, member, 'PUT'))
