import { exports } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { isSettledIn, periodInstants } from '../src/rules/period'
import { insertDispute } from './rows'

const F01 = '01JD0000000000000000000F01'
const F02 = '01JD0000000000000000000F02'
const F03 = '01JD0000000000000000000F03'
const S02 = '01JD0000000000000000000S02'

describe('a figures period in Beijing dates', () => {
  it('runs from local midnight of the first day to local midnight after the last', () => {
    expect(periodInstants({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      since: '2026-10-31T16:00:00.000Z',
      until: '2026-11-30T16:00:00.000Z',
    })
  })

  const window = periodInstants({ from: '2026-11-01', to: '2026-11-30' })
  it.each([
    { why: 'agreement inside the period', outcome: 'agreement', closedAt: '2026-11-10T00:00:00.000Z', settled: true },
    { why: 'withdrawn inside the period', outcome: 'withdrawn', closedAt: '2026-11-10T00:00:00.000Z', settled: true },
    { why: 'first local minute', outcome: 'agreement', closedAt: '2026-10-31T16:00:00.000Z', settled: true },
    { why: 'last local minute', outcome: 'agreement', closedAt: '2026-11-30T15:59:59.999Z', settled: true },
    {
      why: 'a minute before (still October in Beijing)',
      outcome: 'agreement',
      closedAt: '2026-10-31T15:59:00.000Z',
      settled: false,
    },
    { why: 'December 1st in Beijing', outcome: 'agreement', closedAt: '2026-11-30T16:00:00.000Z', settled: false },
    { why: 'sent to court', outcome: 'to_court', closedAt: '2026-11-10T00:00:00.000Z', settled: false },
    { why: 'no agreement', outcome: 'no_agreement', closedAt: '2026-11-10T00:00:00.000Z', settled: false },
  ])('$why → settled $settled', ({ outcome, closedAt, settled }) => {
    expect(isSettledIn({ state: 'closed', outcome, closedAt }, window)).toBe(settled)
  })

  it('an open dispute is never settled', () => {
    expect(isSettledIn({ state: 'assigned', outcome: null, closedAt: null }, window)).toBe(false)
  })
})

describe('DisputesRpc.disputeResults', () => {
  beforeAll(async () => {
    const closed = { state: 'closed' as const, step: 'protection' as const, nextKind: 'none' as const, dueAt: null }
    // F01: two settled in November, one to court, one settled in October, one open, one overdue, one overdue but paused.
    await insertDispute({ ...closed, holderOfficerId: F01, outcome: 'agreement', closedAt: '2026-11-05T02:00:00.000Z' })
    await insertDispute({ ...closed, holderOfficerId: F01, outcome: 'withdrawn', closedAt: '2026-11-20T02:00:00.000Z' })
    await insertDispute({ ...closed, holderOfficerId: F01, outcome: 'to_court', closedAt: '2026-11-21T02:00:00.000Z' })
    await insertDispute({ ...closed, holderOfficerId: F01, outcome: 'agreement', closedAt: '2026-10-20T02:00:00.000Z' })
    await insertDispute({ holderOfficerId: F01 })
    await insertDispute({ holderOfficerId: F01, dueAt: '2026-01-01T00:00:00.000Z' })
    await insertDispute({
      holderOfficerId: F01,
      dueAt: '2026-01-01T00:00:00.000Z',
      pausedAt: '2025-12-30T00:00:00.000Z',
    })
    // F02: only a dispute referred out long ago — not listed. F03 in station S02: one open.
    await insertDispute({ holderOfficerId: F02, state: 'referred', holderRole: 'referred', nextKind: 'none' })
    await insertDispute({ holderOfficerId: F03, stationId: S02 })
    // Held at the desk, nobody responsible: not counted.
    await insertDispute({ holderOfficerId: null, holderRole: 'qihe_desk', state: 'received' })
  })

  it('counts settled in the period, overdue now and open per responsible officer', async () => {
    const rows = await exports.default.disputeResults({ from: '2026-11-01', to: '2026-11-30' })
    expect(rows).toEqual([
      { officerId: F01, settled: 2, overdue: 1, open: 3 },
      { officerId: F03, settled: 0, overdue: 0, open: 1 },
    ])
  })

  it('keeps to one station when asked', async () => {
    const rows = await exports.default.disputeResults({ from: '2026-11-01', to: '2026-11-30', stationId: S02 })
    expect(rows).toEqual([{ officerId: F03, settled: 0, overdue: 0, open: 1 }])
  })

  it('settled follows the period; open and overdue are as of now', async () => {
    const rows = await exports.default.disputeResults({ from: '2026-10-01', to: '2026-10-31' })
    expect(rows.find((row) => row.officerId === F01)).toEqual({ officerId: F01, settled: 1, overdue: 1, open: 3 })
  })
})
