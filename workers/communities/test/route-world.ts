import { place } from './call'
import { communities, insertFixture, stations } from './fixture'
import { findings, insertPlacesFixture, managers, outreach, units } from './places-fixture'
import { groups, insertPreventionFixture, shops } from './prevention-fixture'

/**
 * The records the tests that walk every route (route × role, fuzz) call them on: the scoped actors
 * sit in Qianmen (./call) and every path parameter names a record of Qianmen.
 */
export const routeWorld = {
  place,
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
}

export async function insertRouteWorld() {
  await insertFixture()
  await insertPreventionFixture()
  await insertPlacesFixture()
}
