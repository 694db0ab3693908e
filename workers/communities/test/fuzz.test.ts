import { exports } from 'cloudflare:workers'
import { describeFuzz } from '@platform/testing'
import { beforeAll } from 'vitest'
import { insertRouteWorld, routeWorld } from './route-world'

beforeAll(insertRouteWorld)

// Hostile input on every operation, as a role allowed to call it: never a 5xx, errors in the shape.
await describeFuzz({ worker: 'communities', fetch: (request) => exports.default.fetch(request), ...routeWorld })
