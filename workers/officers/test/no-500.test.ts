import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { grids, insertFixture, officers } from './fixture'
import { call, places } from './work-fixture'

beforeAll(insertFixture)

// Bodies built from the right field names with values of any shape, plus any JSON at all: the
// endpoints answer a 4xx (or a 2xx when the body happens to be valid), never a 500.
const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(officers.wang, officers.sun, grids.g1, 'patrol_car', 'routine_duty', 'outreach'),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2026-11-30T09:00:00+08:00',
    '2026-11-30T17:00:00+08:00',
    '9999-12-31T23:59:59+14:00',
    '0000-01-01T00:00:00Z',
  ),
)
const bodyOf = (fields: string[]) =>
  fc.oneof(fc.record(Object.fromEntries(fields.map((f) => [f, anyValue])), { requiredKeys: [] }), fc.jsonValue())

const cases = [
  {
    path: '/api/officers/assignments',
    role: 'station_head' as const,
    place: places.northHead,
    fields: ['officerId', 'kind', 'start', 'end', 'reason', 'exceptionId', 'caseLevel', 'caseQuota'],
  },
  {
    path: '/api/officers/me/presence',
    role: 'officer' as const,
    place: places.wang,
    fields: ['start', 'end', 'gridId', 'activity', 'note'],
  },
  {
    path: '/api/officers/duty-exceptions',
    role: 'station_head' as const,
    place: places.northHead,
    fields: ['officerId', 'reason', 'startDate', 'endDate', 'expiresOn'],
  },
]

describe('no input makes the officers’ work endpoints fail', () => {
  it.each(cases)('POST $path answers below 500 to any body', async ({ path, role, place, fields }) => {
    await fc.assert(
      fc.asyncProperty(bodyOf(fields), async (body) => {
        const { status } = await call('POST', path, role, place, body)
        expect(status).toBeLessThan(500)
      }),
      { numRuns: 60 },
    )
  })
})
