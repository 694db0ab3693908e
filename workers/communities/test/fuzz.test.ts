import { exports } from 'cloudflare:workers'
import { describeFuzz } from '@platform/testing'
import { beforeAll } from 'vitest'
import { communities, insertFixture, stations } from './fixture'
import { findings, insertPlacesFixture, managers, outreach, units } from './places-fixture'
import { groups, insertPreventionFixture, shops } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
  await insertPlacesFixture()
})

// Hostile input on every operation, as a role allowed to call it: never a 5xx, errors in the shape.
await describeFuzz({
  worker: 'communities',
  fetch: (request) => exports.default.fetch(request),
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
