import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { beforeAll } from 'vitest'
import { app } from '../src/app'
import { routeWorld, seedRouteWorld } from './route-world'

beforeAll(seedRouteWorld)

const fetch = (request: Request) => exports.default.fetch(request)

await describeRouteAccess({ worker: 'disputes', fetch, appRoutes: app.routes, ...routeWorld })

describeAssertionRefusals({ fetch, url: 'http://x/api/disputes/staff', role: 'mediator' })
describeAssertionRefusals({ fetch, url: 'http://x/api/disputes/ledger', role: 'mediator' })
