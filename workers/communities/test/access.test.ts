import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { beforeAll } from 'vitest'
import { app } from '../src/app'
import { communities, insertFixture, stations } from './fixture'
import { groups, insertPreventionFixture } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
})

const fetch = (request: Request) => exports.default.fetch(request)

// Station-, team- and own-scoped actors sit in Qianmen (this worker keeps no teams or officers,
// so their ids are only carried along); the station in the path is theirs.
await describeRouteAccess({
  worker: 'communities',
  fetch,
  appRoutes: app.routes,
  place: { stationId: stations.qianmen, teamId: '01JD00000000000000000000T1', officerId: '01JD00000000000000000000E1' },
  pathParams: { id: stations.qianmen, communityId: communities.xianyukou, month: '2026-09', groupId: groups.dashilan },
})

describeAssertionRefusals({
  fetch,
  url: `http://communities/api/communities/stations/${stations.qianmen}`,
  role: 'board_member',
})
