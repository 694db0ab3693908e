import { IncidentType } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { INCIDENT_TYPES } from '../../src/db/schema'
import { relativeChange } from '../../src/rules/changes'

describe('changes of the safety indicators', () => {
  it.each([
    { why: 'theft down 43 % year on year', now: 57, before: 100, change: -0.43 },
    { why: 'telecom fraud down 8.6 % month on month', now: 457, before: 500, change: -0.086 },
    { why: 'a rise', now: 12, before: 10, change: 0.2 },
    { why: 'no change', now: 7, before: 7, change: 0 },
    { why: 'down to none', now: 0, before: 4, change: -1 },
    { why: 'nothing before: no change to speak of', now: 3, before: 0, change: null },
    { why: 'nothing either time', now: 0, before: 0, change: null },
  ])('$why', ({ now, before, change }) => {
    const result = relativeChange(now, before)
    if (change === null) expect(result).toBeNull()
    else expect(result).toBeCloseTo(change, 12)
  })

  it('knows the same incident types as the contracts', () => {
    expect([...INCIDENT_TYPES]).toEqual(IncidentType.options)
  })
})
