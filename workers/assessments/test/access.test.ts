import { exports } from 'cloudflare:workers'
import { ExemptionCase } from '@platform/contracts'
import { asRole, describeAssertionRefusals, describeRouteAccess } from '@platform/testing'
import { app } from '../src/app'
import { aCase, place, seedCaseWorld } from './case-fixtures'

// A case of officer E1 in station S1, filed before the walk, so every role that may read it finds it.
const filed = await (async () => {
  await seedCaseWorld()
  const res = await exports.default.fetch('http://x/api/assessments/exemption-cases', {
    method: 'POST',
    headers: { ...(await asRole('station_head', place)), 'content-type': 'application/json' },
    body: JSON.stringify(aCase()),
  })
  return ExemptionCase.parse(await res.json())
})()

const fetch = (request: Request) => exports.default.fetch(request)

// Scoped actors carry the ids of station S1, team T1 and officer E1; the case is theirs.
await describeRouteAccess({
  worker: 'assessments',
  fetch,
  appRoutes: app.routes,
  place,
  pathParams: { caseId: filed.id, officerId: place.officerId },
})

describeAssertionRefusals({ fetch, url: 'http://x/api/assessments/board/members', role: 'board_chair' })
