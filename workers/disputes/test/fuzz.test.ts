import { exports } from 'cloudflare:workers'
import { describeFuzz } from '@platform/testing'
import { beforeAll } from 'vitest'
import { seedDispute } from './dispute-fixture'
import { seedStaff } from './fixtures'

beforeAll(async () => {
  await seedStaff()
  await seedDispute()
})

// Hostile input on every operation, as a role allowed to call it: never a 5xx, errors in the shape.
// The fixture ids are those of the route × role test (station S01 of the communities stub).
await describeFuzz({
  worker: 'disputes',
  fetch: (request) => exports.default.fetch(request),
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
})
