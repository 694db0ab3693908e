import { exports } from 'cloudflare:workers'
import { describeFuzz } from '@platform/testing'
import { beforeAll } from 'vitest'
import { grids, insertFixture, officers, stations, teams } from './fixture'

beforeAll(insertFixture)

// Hostile input on every operation, as a role allowed to call it: never a 5xx, errors in the shape.
await describeFuzz({
  worker: 'officers',
  fetch: (request) => exports.default.fetch(request),
  place: { stationId: stations.north, teamId: teams.first, officerId: officers.wang },
  pathParams: { gridId: grids.g1, id: officers.wang },
})
