import { exports } from 'cloudflare:workers'
import { describeFuzz } from '@platform/testing'
import { beforeAll } from 'vitest'
import { communities, insertFixture, stations } from './fixture'
import { groups, insertPreventionFixture } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
})

// Hostile input on every operation, as a role allowed to call it: never a 5xx, errors in the shape.
await describeFuzz({
  worker: 'communities',
  fetch: (request) => exports.default.fetch(request),
  place: { stationId: stations.qianmen, teamId: '01JD00000000000000000000T1', officerId: '01JD00000000000000000000E1' },
  pathParams: { id: stations.qianmen, communityId: communities.xianyukou, month: '2026-09', groupId: groups.dashilan },
})
