import type { BoardMembers, DistrictCounts } from '@platform/contracts'
import { getStaffJson } from '@platform/ui'

export const fetchBoardMembers = () => getStaffJson<BoardMembers>('/api/assessments/board/members')

/** Counted by the gateway from the domain databases (RPC), never from literals. */
export const fetchDistrictCounts = () => getStaffJson<DistrictCounts>('/api/public/district')
