import type { Role } from '../components/roles'

/** Who keeps a station's task templates and meeting calendar (packages/auth PERMISSIONS `task.plan.write`). */
export const PLAN_WRITERS: Role[] = ['station_head', 'branch_admin']
