import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { beforeAll } from 'vitest'
import { app } from '../src/app'
import { seedBoard } from './fixtures'

beforeAll(seedBoard)

const fetch = (request: Request) => exports.default.fetch(request)

// No route of this worker takes a path parameter yet; scoped actors carry ids of one station.
await describeRouteAccess({
  worker: 'assessments',
  fetch,
  appRoutes: app.routes,
  place: {
    stationId: '01JD00000000000000000000S1',
    teamId: '01JD00000000000000000000T1',
    officerId: '01JD00000000000000000000E1',
  },
})

describeAssertionRefusals({ fetch, url: 'http://x/api/assessments/board/members', role: 'board_chair' })
