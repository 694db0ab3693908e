import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { grids, insertFixture, officers, stations } from './fixture'

beforeAll(insertFixture)

describe('RPC for other workers', () => {
  it('counts dedicated officers and groups for the district figures', async () => {
    // Four dedicated officers (the non-dedicated B role does not count) and two groups.
    expect(await exports.default.forceCounts()).toEqual({ dedicatedOfficers: 4, groups: 2 })
  })

  it('tells who is responsible for a grid', async () => {
    expect(await exports.default.responsibleOfficer(grids.g1)).toMatchObject({
      officerId: officers.wang,
      role: 'A',
      stationId: stations.north,
    })
  })

  it('gives a responsible officer outside any group a null group', async () => {
    expect(await exports.default.responsibleOfficer(grids.south)).toMatchObject({
      officerId: officers.sun,
      groupId: null,
    })
  })

  it.each([
    { gridId: grids.unassigned, why: 'a grid nobody answers for' },
    { gridId: 'not-an-id', why: 'an id no grid can have' },
  ])('answers null for $why', async ({ gridId }) => {
    expect(await exports.default.responsibleOfficer(gridId)).toBeNull()
  })
})
