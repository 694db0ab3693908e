import { verifyAssertion } from '@platform/auth'
import { describe, expect, it } from 'vitest'
import { actorFor, asRole } from '../src/actors'
import { TEST_ACTOR_SECRET } from '../src/secret'

const place = { stationId: 'S1', teamId: 'T1', officerId: 'O1' }

describe('test actors', () => {
  it.each([
    { role: 'officer', scope: { level: 'own', ...place } },
    { role: 'team_leader', scope: { level: 'team', stationId: 'S1', teamId: 'T1', officerId: 'O1' } },
    { role: 'station_head', scope: { level: 'station', stationId: 'S1' } },
    { role: 'mediator', scope: { level: 'branch' } },
  ] as const)('give $role the scope such an account has', ({ role, scope }) => {
    expect(actorFor(role, place)).toMatchObject({ roles: [role], scope })
  })

  it('sign an assertion the workers accept with the test secret', async () => {
    const headers = await asRole('station_head', { stationId: 'S1' })
    const actor = await verifyAssertion(headers['X-Actor-Assertion'] ?? '', TEST_ACTOR_SECRET)
    expect(actor).toMatchObject({ roles: ['station_head'], scope: { level: 'station', stationId: 'S1' } })
  })
})
