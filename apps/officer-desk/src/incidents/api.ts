import type { IncidentInput, IncidentRecord } from '@platform/contracts'
import { getStaffJson } from '@platform/ui'
import { sendStaffJson } from '../components/send-json'

export type CommunityIncidents = { communityId: string; incidents: IncidentRecord[] }

const base = (communityId: string) => `/api/communities/communities/${encodeURIComponent(communityId)}/incidents`

export const fetchIncidents = (communityId: string) => getStaffJson<CommunityIncidents>(base(communityId))

export const recordIncidents = (communityId: string, input: IncidentInput, key: string) =>
  sendStaffJson<IncidentRecord>('POST', base(communityId), input, { 'Idempotency-Key': key })

/** A correction sets the count: sent twice, it leaves the same number. */
export const correctIncidents = (communityId: string, input: IncidentInput) =>
  sendStaffJson<IncidentRecord>('PUT', `${base(communityId)}/${input.month}/${input.type}`, { count: input.count })
