import type { DutyOfDay, Figures, KeyUnitList, League, OutreachOverview } from '@platform/contracts'
import { getStaffJson } from '@platform/ui'

/** What the dashboard shows for one scope: a station, or the district when `stationId` is absent. */
export type DashboardData = {
  figures: Figures
  league: League
  duty: DutyOfDay
  keyUnits: KeyUnitList
  outreach: OutreachOverview
}

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text ? `?${text}` : ''
}

export async function fetchDashboard(stationId: string | undefined): Promise<DashboardData> {
  const station = query({ station: stationId })
  const [figures, league, duty, keyUnits, outreach] = await Promise.all([
    getStaffJson<Figures>(
      `/api/communities/figures${query({ scope: stationId ? `station:${stationId}` : undefined })}`,
    ),
    getStaffJson<League>(`/api/communities/league${station}`),
    getStaffJson<DutyOfDay>(`/api/communities/joint-defence${station}`),
    getStaffJson<KeyUnitList>(`/api/communities/key-units${station}`),
    getStaffJson<OutreachOverview>(`/api/communities/outreach${station}`),
  ])
  return { figures, league, duty, keyUnits, outreach }
}
