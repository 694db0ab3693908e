import type { PublicStations, Roster } from '@platform/contracts'
import { getStaffJson, memoizeRequest } from '@platform/ui'

/** The station list: read by the chooser and by each station page for the station's name. */
export const fetchStations = memoizeRequest(() => getStaffJson<PublicStations>('/api/communities/public/stations'))

/** One station's officers, teams, groups and profile figures (fresh on every visit: rosters change). */
export function fetchRoster(stationId: string): Promise<Roster> {
  return getStaffJson<Roster>(`/api/officers/roster?station=${encodeURIComponent(stationId)}`)
}
