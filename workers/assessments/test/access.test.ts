import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { app } from '../src/app'
import { place } from './case-fixtures'
import { seedRouteWorld } from './route-world'

// Records of S1 made before the walk (a case, a closed quarter, a consequence, a nomination), so every role that may read them finds them.
const world = await seedRouteWorld()

const fetch = (request: Request) => exports.default.fetch(request)

// Scoped actors carry the ids of station S1, team T1 and officer E1; the case is theirs.
await describeRouteAccess({
  worker: 'assessments',
  fetch,
  appRoutes: app.routes,
  place,
  pathParams: { ...world, officerId: place.officerId, stationId: place.stationId },
})

describeAssertionRefusals({ fetch, url: 'http://x/api/assessments/board/members', role: 'board_chair' })
