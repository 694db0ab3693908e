import type {
  Campaign,
  CampaignEvents,
  CampaignInput,
  OutreachEvent,
  OutreachEventInput,
  OutreachGroup,
  OutreachGroupInput,
  OutreachOverview,
} from '@platform/contracts'
import { getStaffJson } from '@platform/ui'
import { sendStaffJson } from '../components/send-json'

const station = (stationId: string | undefined) => (stationId ? `?station=${encodeURIComponent(stationId)}` : '')

export const fetchOutreach = (stationId: string | undefined) =>
  getStaffJson<OutreachOverview>(`/api/communities/outreach${station(stationId)}`)

export const fetchCampaignEvents = (campaignId: string, stationId: string | undefined) =>
  getStaffJson<CampaignEvents>(`/api/communities/outreach-campaigns/${campaignId}/events${station(stationId)}`)

const withKey = (key: string) => ({ 'Idempotency-Key': key })

export const addGroup = (input: OutreachGroupInput, key: string) =>
  sendStaffJson<OutreachGroup>('POST', '/api/communities/outreach-groups', input, withKey(key))

/** Setting a count is naturally idempotent: the same PUT twice leaves the same count. */
export const setMembers = (groupId: string, members: number) =>
  sendStaffJson<OutreachGroup>('PUT', `/api/communities/outreach-groups/${groupId}`, { members })

export const startCampaign = (input: CampaignInput, key: string) =>
  sendStaffJson<Campaign>('POST', '/api/communities/outreach-campaigns', input, withKey(key))

export const recordEvent = (campaignId: string, input: OutreachEventInput, key: string) =>
  sendStaffJson<OutreachEvent>('POST', `/api/communities/outreach-campaigns/${campaignId}/events`, input, withKey(key))
