import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { beforeAll } from 'vitest'
import { app } from '../src/app'
import { stations } from './fixture'
import { insertRouteWorld, routeWorld } from './route-world'

beforeAll(insertRouteWorld)

const fetch = (request: Request) => exports.default.fetch(request)

await describeRouteAccess({ worker: 'communities', fetch, appRoutes: app.routes, ...routeWorld })

describeAssertionRefusals({
  fetch,
  url: `http://communities/api/communities/stations/${stations.qianmen}`,
  role: 'board_member',
})
