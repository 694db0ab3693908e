import { exports } from 'cloudflare:workers'
import { describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { beforeAll } from 'vitest'
import { app } from '../src/app'
import { communities, insertFixture, stations } from './fixture'
import { findings, insertPlacesFixture, managers, outreach, units } from './places-fixture'
import { groups, insertPreventionFixture, shops } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
  await insertPlacesFixture()
})

const fetch = (request: Request) => exports.default.fetch(request)

// Station-, team- and own-scoped actors sit in Qianmen (this worker keeps no teams or officers,
// so their ids are only carried along); the station in the path is theirs.
await describeRouteAccess({
  worker: 'communities',
  fetch,
  appRoutes: app.routes,
  place: { stationId: stations.qianmen, teamId: '01JD00000000000000000000T1', officerId: '01JD00000000000000000000E1' },
  pathParams: {
    id: stations.qianmen,
    communityId: communities.xianyukou,
    month: '2026-09',
    groupId: groups.dashilan,
    unitId: units.school,
    findingId: findings.schoolCctv,
    managerId: managers.xianyukou,
    quarter: '2026-Q3',
    outreachGroupId: outreach.residents,
    campaignId: outreach.campaign,
    shopId: shops[0] as string,
    problemId: '01JD0000000000000000000P01',
    type: 'theft',
  },
})

describeAssertionRefusals({
  fetch,
  url: `http://communities/api/communities/stations/${stations.qianmen}`,
  role: 'board_member',
})
