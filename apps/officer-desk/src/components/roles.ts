import type { SessionUser } from '@platform/contracts'
import { useSession } from '@platform/ui'

export type Role = SessionUser['roles'][number]

/**
 * Whether the signed-in user holds one of some roles (false until the session is read): what a
 * page offers follows the permission matrix, and the API checks again on every request.
 */
export function useHasRole() {
  const user = useSession()
  return (roles: readonly Role[]) => user.state === 'ready' && user().roles.some((role) => roles.includes(role))
}
