import { createResource, type Resource } from 'solid-js'
import { memoizeRequest } from '../api/memoize-request'
import { getStaffJson } from '../api/staff-json'
import type { MeResponse, SessionUser } from './session-user'

const ME_PATH = '/auth/me'

/**
 * Who is signed in, asked of the gateway once per page load and shared by every screen. Only the
 * staff apps call it: the public app never has a staff session (and must not ask).
 */
export const fetchMe: () => Promise<SessionUser> = /* @__PURE__ */ memoizeRequest(async () => {
  const body = await getStaffJson<MeResponse>(ME_PATH)
  return body.user
})

/** The signed-in user as a resource (loading, error, ready) for components. */
export function useSession(): Resource<SessionUser> {
  const [user] = createResource(fetchMe)
  return user
}
