import type { DutyOfDay, Figures, League } from '@platform/contracts'
import { getStaffJson } from '@platform/ui'

/** What the dashboard shows for one scope: a station, or the district when `stationId` is absent. */
export type DashboardData = { figures: Figures; league: League; duty: DutyOfDay }

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value)
  const text = search.toString()
  return text ? `?${text}` : ''
}

export async function fetchDashboard(stationId: string | undefined): Promise<DashboardData> {
  const [figures, league, duty] = await Promise.all([
    getStaffJson<Figures>(
      `/api/communities/figures${query({ scope: stationId ? `station:${stationId}` : undefined })}`,
    ),
    getStaffJson<League>(`/api/communities/league${query({ station: stationId })}`),
    getStaffJson<DutyOfDay>(`/api/communities/joint-defence${query({ station: stationId })}`),
  ])
  return { figures, league, duty }
}
