import { describe, expect, it } from 'vitest'
import { quarterClosed, rewardsFor } from '../../src/rules/rewards'

const managers = [
  { id: 'm1', communityId: 'c1', active: true },
  { id: 'm2', communityId: 'c1', active: false },
  { id: 'm3', communityId: 'c2', active: true },
  { id: 'm4', communityId: 'c3', active: true },
]

describe('every active manager of an excellent community is rewarded', () => {
  it.each([
    {
      why: 'the excellent community’s active managers only',
      entries: [
        { communityId: 'c1', rank: 1, rate: 1, excellent: true },
        { communityId: 'c2', rank: 2, rate: 0.9, excellent: false },
      ],
      rewarded: ['m1'],
    },
    {
      why: 'a tie at the cut-off rewards both',
      entries: [
        { communityId: 'c1', rank: 1, rate: 1, excellent: true },
        { communityId: 'c2', rank: 2, rate: 0.9, excellent: true },
        { communityId: 'c3', rank: 2, rate: 0.9, excellent: true },
      ],
      rewarded: ['m1', 'm3', 'm4'],
    },
    {
      why: 'an unranked community is never rewarded',
      entries: [{ communityId: 'c2', rank: null, rate: null, excellent: false }],
      rewarded: [],
    },
    {
      why: 'an excellent community without managers rewards nobody',
      entries: [{ communityId: 'c9', rank: 1, rate: 1, excellent: true }],
      rewarded: [],
    },
  ])('$why', ({ entries, rewarded }) => {
    const drafts = rewardsFor([{ league: 'building', entries }], managers)
    expect(drafts.map((d) => d.managerId)).toEqual(rewarded)
  })
})

describe('a quarter is rewarded once it has closed', () => {
  it.each([
    { last: '2026-09', now: '2026-10', closed: true },
    { last: '2026-09', now: '2026-09', closed: false },
    { last: '2026-12', now: '2026-11', closed: false },
    { last: '2025-12', now: '2026-01', closed: true },
  ])('last month $last, now $now → $closed', ({ last, now, closed }) => {
    expect(quarterClosed(last, now)).toBe(closed)
  })
})
