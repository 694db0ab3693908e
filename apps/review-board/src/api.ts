import type { BoardMembers, DistrictCounts } from '@platform/contracts'
import { getJson } from '@platform/ui'

export const fetchBoardMembers = () => getJson<BoardMembers>('/api/assessments/board/members')

/** Counted by the gateway from the domain databases (RPC), never from literals. */
export const fetchDistrictCounts = () => getJson<DistrictCounts>('/api/public/district')
