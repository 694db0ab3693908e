import type { Role } from './roles'
import type { Scope } from './scope'

/** Who is asking, as the gateway established it from the session. */
export type Actor = {
  userId: string
  username: string
  roles: Role[]
  scope: Scope
}
