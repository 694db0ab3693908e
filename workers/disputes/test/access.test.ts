import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { beforeAll } from 'vitest'
import { app } from '../src/app'
import { seedDispute } from './dispute-fixture'
import { seedStaff } from './fixtures'

beforeAll(async () => {
  await seedStaff()
  await seedDispute()
})

const fetch = (request: Request) => exports.default.fetch(request)

// Station-, team- and own-scoped actors sit in station S01 of the communities stub; the community
// in the path is one of its communities, with a responsible officer (test/stubs). The dispute in
// the path lies in S01 and is held by the own-scoped officer; its status secret is known.
await describeRouteAccess({
  worker: 'disputes',
  fetch,
  appRoutes: app.routes,
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

describeAssertionRefusals({ fetch, url: 'http://x/api/disputes/staff', role: 'mediator' })
describeAssertionRefusals({ fetch, url: 'http://x/api/disputes/ledger', role: 'mediator' })
