import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { communities, grids, insertFixture, stations } from './fixture'
import { insertPreventionFixture } from './prevention-fixture'

beforeAll(async () => {
  await insertFixture()
  await insertPreventionFixture()
})

describe('RPC registrationRows: monthly counts per community with its grid', () => {
  it('answers the months of the period, both ends included, with station and grid', async () => {
    const rows = await exports.default.registrationRows({ fromMonth: '2026-08', toMonth: '2026-09' })
    expect(rows.map((r) => r.month)).toEqual([...Array(4).fill('2026-08'), ...Array(4).fill('2026-09')])
    expect(rows).toContainEqual({
      communityId: communities.xianyukou,
      stationId: stations.qianmen,
      gridId: grids.qianmen2,
      month: '2026-09',
      floatingKnown: 200,
      floatingRegistered: 200,
      rentalKnown: 60,
      rentalRegistered: 60,
    })
  })

  it('keeps to one station when asked', async () => {
    const rows = await exports.default.registrationRows({
      fromMonth: '2026-07',
      toMonth: '2026-10',
      stationId: stations.beixinqiao,
    })
    expect(rows).toHaveLength(2)
    expect(rows.every((r) => r.stationId === stations.beixinqiao && r.gridId === grids.beixinqiao1)).toBe(true)
  })

  it('answers nothing for a period that ends before it starts', async () => {
    expect(await exports.default.registrationRows({ fromMonth: '2026-10', toMonth: '2026-07' })).toEqual([])
  })

  it('refuses a malformed month (a caller bug, not an empty answer)', async () => {
    const outcome = await exports.default.registrationRows({ fromMonth: '2026-13', toMonth: '2026-10' }).then(
      () => 'answered',
      (error: unknown) => (error instanceof Error ? 'refused' : 'odd'),
    )
    expect(outcome).toBe('refused')
  })
})
