import { exports } from 'cloudflare:workers'
import { describeFuzz } from '@platform/testing'
import { place } from './case-fixtures'
import { seedRouteWorld } from './route-world'

// Records of S1 (a case, a closed quarter, a consequence, a nomination), so some cases reach a real record.
const world = await seedRouteWorld()

// Hostile input on every operation, as a role allowed to call it: never a 5xx, errors in the shape.
await describeFuzz({
  worker: 'assessments',
  fetch: (request) => exports.default.fetch(request),
  place,
  pathParams: { ...world, officerId: place.officerId, stationId: place.stationId },
})
