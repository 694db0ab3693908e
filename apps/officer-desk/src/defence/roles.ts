import { type Role, useHasRole } from '../components/roles'

// The roles the permission matrix (packages/auth PERMISSIONS) gives each joint-defence action:
// the station edits shops and groups, its officers report and hand problems over, the branch reads.
const MANAGE: Role[] = ['team_leader', 'station_head']
const REPORT: Role[] = ['officer', 'team_leader', 'station_head']
export const DEFENCE_READERS: Role[] = [...REPORT, 'branch_admin']

/** What the signed-in user may do here (the API checks again on every request). */
export function useDefenceRights() {
  const has = useHasRole()
  return { manage: () => has(MANAGE), report: () => has(REPORT) }
}
