import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { beforeAll } from 'vitest'
import { app } from '../src/app'
import { grids, insertFixture, officers, stations, teams } from './fixture'

beforeAll(insertFixture)

const fetch = (request: Request) => exports.default.fetch(request)

// Station-, team- and own-scoped actors sit in the north station, team 1, as Wang Fang; the
// grid in the path is one of hers.
await describeRouteAccess({
  worker: 'officers',
  fetch,
  appRoutes: app.routes,
  place: { stationId: stations.north, teamId: teams.first, officerId: officers.wang },
  // The duty exception id only reaches POST routes, which answer 400 to the empty body first.
  pathParams: { gridId: grids.g1, id: '01JD0000000000000000000X01', stationId: stations.north },
})

describeAssertionRefusals({ fetch, url: 'http://officers/api/officers/roster', role: 'branch_admin' })
