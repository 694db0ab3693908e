import { exports } from 'cloudflare:workers'
import { describeFuzz } from '@platform/testing'
import { beforeAll } from 'vitest'
import { routeWorld, seedRouteWorld } from './route-world'

beforeAll(seedRouteWorld)

// Hostile input on every operation, as a role allowed to call it: never a 5xx, errors in the shape.
await describeFuzz({ worker: 'disputes', fetch: (request) => exports.default.fetch(request), ...routeWorld })
