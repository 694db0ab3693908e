import { exports } from 'cloudflare:workers'
import { ExemptionCase } from '@platform/contracts'
import { asRole, describeFuzz } from '@platform/testing'
import { aCase, place, seedCaseWorld } from './case-fixtures'

// A filed case in station S1, so some cases reach a real record.
const filed = await (async () => {
  await seedCaseWorld()
  const res = await exports.default.fetch('http://x/api/assessments/exemption-cases', {
    method: 'POST',
    headers: { ...(await asRole('station_head', place)), 'content-type': 'application/json' },
    body: JSON.stringify(aCase()),
  })
  return ExemptionCase.parse(await res.json())
})()

// Hostile input on every operation, as a role allowed to call it: never a 5xx, errors in the shape.
await describeFuzz({
  worker: 'assessments',
  fetch: (request) => exports.default.fetch(request),
  place,
  pathParams: { caseId: filed.id, officerId: place.officerId },
})
