import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { beforeAll } from 'vitest'
import { app } from '../src/app'
import { seedStaff } from './fixtures'

beforeAll(seedStaff)

const fetch = (request: Request) => exports.default.fetch(request)

// Station-, team- and own-scoped actors sit in station S01 of the communities stub; the community
// in the path is one of its communities, with a responsible officer (test/stubs).
await describeRouteAccess({
  worker: 'disputes',
  fetch,
  appRoutes: app.routes,
  place: {
    stationId: '01JD0000000000000000000S01',
    teamId: '01JD0000000000000000000T01',
    officerId: '01JD0000000000000000000F01',
  },
  pathParams: { communityId: '01JD0000000000000000000C01' },
})

describeAssertionRefusals({ fetch, url: 'http://x/api/disputes/staff', role: 'mediator' })
