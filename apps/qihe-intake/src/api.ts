import type { PublicStations, QihePublicInfo, QiheToday } from '@platform/contracts'
import { getJson, memoizeRequest } from '@platform/ui'

/** The 20 stations with their communities: read by the list and by each station page. */
export const fetchStations = memoizeRequest(() => getJson<PublicStations>('/api/communities/public/stations'))

/** Staffing counts per agency and the dispute categories the station takes. */
export const fetchQiheInfo = memoizeRequest(() => getJson<QihePublicInfo>('/api/disputes/public/qihe'))

/** Who is at the station today by agency, and which agencies on the coming days (counts only). */
export const fetchToday = () => getJson<QiheToday>('/api/disputes/public/qihe/today')
