import { ownStationId, useSession } from '@platform/ui'

/**
 * Where the desk is "home" for the signed-in user: their own station when their reach is a
 * station, a team or their own records; the list of all stations for branch-wide accounts.
 * `known()` turns true once the session answered (or failed: then the list is shown, as it is
 * public data and the API still checks every roster).
 */
export function useOwnStation() {
  const user = useSession()
  return {
    known: () => user.state === 'ready' || user.state === 'errored',
    stationId: () => (user.state === 'ready' ? ownStationId(user().scope) : undefined),
  }
}
