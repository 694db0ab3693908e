import { describe, expect, it } from 'vitest'
import { coversStation, type Scope } from '../src'

describe('records kept per station', () => {
  it.each<[Scope, string | null, boolean]>([
    [{ level: 'branch' }, 'S9', true],
    [{ level: 'station', stationId: 'S1' }, 'S1', true],
    [{ level: 'station', stationId: 'S1' }, 'S2', false],
    [{ level: 'team', stationId: 'S1', teamId: 'T1' }, 'S1', true],
    [{ level: 'own', stationId: 'S1', teamId: 'T1', officerId: 'O1' }, 'S1', true],
    [{ level: 'own', stationId: 'S1', teamId: 'T1', officerId: 'O1' }, 'S2', false],
    [{ level: 'station' }, 'S1', false],
    [{ level: 'station', stationId: 'S1' }, null, false],
  ])('%j reaches station %s: %s', (scope, stationId, expected) => {
    expect(coversStation(scope, stationId)).toBe(expected)
  })
})
