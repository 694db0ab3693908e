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
import { getJson, getStaffJson } from '@platform/ui'
import { sendStaffJson } from '../components/send-json'

/** The ledger in the actor's scope; `overdue` / `dueSoon` keep only those past or near their deadline. */
export function fetchLedger(filter: { overdue: boolean; dueSoon: boolean }) {
  const query = new URLSearchParams()
  if (filter.overdue) query.set('overdue', 'true')
  if (filter.dueSoon) query.set('dueSoon', 'true')
  const search = query.toString()
  return getStaffJson<Ledger>(`/api/disputes/ledger${search ? `?${search}` : ''}`)
}

export const triage = (id: string, decision: TriageDecision) =>
  sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/triage`, decision)

export const confirmHandover = (id: string, theirReference: string) =>
  sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/handover`, { theirReference })

export const pauseDispute = (id: string, reason: PauseReason) =>
  sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/pause`, { reason })

export const resumeDispute = (id: string) => sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/resume`, {})

export const closeDispute = (id: string, outcome: DisputeOutcome, agreementTerms?: string) =>
  sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/close`, {
    outcome,
    ...(outcome === 'agreement' && agreementTerms?.trim() ? { agreementTerms: agreementTerms.trim() } : {}),
  })

export const recordReturnVisit = (id: string, agreementHolds: boolean) =>
  sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/return-visit`, { agreementHolds })

export const reopenDispute = (id: string) => sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/reopen`, {})

export const addProgress = (id: string, note: string) =>
  sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/progress`, { note })

/** The mediation agreement in full (holder only; the server audits each view). */
export const fetchAgreement = (id: string) =>
  sendStaffJson<MediationAgreement>('POST', `/api/disputes/ledger/${id}/agreement`, {})

export const decideDuplicate = (id: string, decision: DuplicateDecision) =>
  sendStaffJson<LedgerEntry>('POST', `/api/disputes/ledger/${id}/duplicate`, decision)

export const fetchInsights = () => getStaffJson<DisputeInsights>('/api/disputes/insights')

/** Community names for the figures (the communities worker's public list). */
export const fetchPlaces = () => getJson<PublicStations>('/api/communities/public/stations')

export const fetchRoster = () => getStaffJson<QiheRoster>('/api/disputes/staff/roster')

export const addMember = (member: QiheRosterInput, key: string) =>
  sendStaffJson<QiheRosterMember>('POST', '/api/disputes/staff', member, { 'idempotency-key': key })

export const updateMember = (id: string, member: QiheRosterInput) =>
  sendStaffJson<QiheRosterMember>('PUT', `/api/disputes/staff/${id}`, member)
