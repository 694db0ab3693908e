import { seedDispute } from './dispute-fixture'
import { seedStaff } from './fixtures'

/**
 * The records the tests that walk every route (route × role, fuzz) call them on. Station-, team-
 * and own-scoped actors sit in station S01 of the communities stub; the community in the path is
 * one of its communities, with a responsible officer (test/stubs). The dispute in the path lies in
 * S01 and is held by the own-scoped officer; its status secret is known.
 */
export const routeWorld = {
  place: {
    stationId: '01JD0000000000000000000S01',
    teamId: '01JD0000000000000000000T01',
    officerId: '01JD0000000000000000000F01',
  },
  pathParams: {
    communityId: '01JD0000000000000000000C01',
    id: '01JD00000000000000000000D1',
    secret: 'fixture-status-secret-of-43-characters-xxxx',
    number: '1',
  },
}

export async function seedRouteWorld() {
  await seedStaff()
  await seedDispute()
}
