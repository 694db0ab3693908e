import { describe, expect, it } from 'vitest'
import { type LeagueCandidate, rankLeagues } from '../../src/rules/league'

const c = (
  communityId: string,
  housingType: LeagueCandidate['housingType'],
  floatingKnown: number,
  floatingRegistered: number,
): LeagueCandidate => ({ communityId, housingType, floatingKnown, floatingRegistered })

const rank = (
  candidates: LeagueCandidate[],
  excellentPerLeague = 2,
  mixedLeague: 'bungalow' | 'building' = 'building',
) =>
  Object.fromEntries(
    rankLeagues(candidates, { excellentPerLeague, mixedLeague }).map(({ league, entries }) => [
      league,
      entries.map((e) => `${e.communityId}:${e.rank ?? '-'}${e.excellent ? '*' : ''}`),
    ]),
  )

describe('the quarterly league of floating-population managers', () => {
  it.each([
    {
      why: 'ranks each league by rate and names the top two excellent',
      candidates: [
        c('a', 'bungalow', 100, 99),
        c('b', 'bungalow', 100, 100),
        c('c', 'bungalow', 100, 90),
        c('d', 'building', 200, 190),
      ],
      expected: { bungalow: ['b:1*', 'a:2*', 'c:3'], building: ['d:1*'] },
    },
    {
      why: 'plays mixed communities in the building league by default',
      candidates: [c('m', 'mixed', 100, 97), c('d', 'building', 100, 98)],
      expected: { bungalow: [], building: ['d:1*', 'm:2*'] },
    },
    {
      why: 'names every community tied at the cut-off excellent (a shared second place)',
      candidates: [
        c('a', 'bungalow', 100, 100),
        c('b', 'bungalow', 200, 190),
        c('c', 'bungalow', 100, 95),
        c('d', 'bungalow', 100, 94),
      ],
      expected: { bungalow: ['a:1*', 'b:2*', 'c:2*', 'd:4'], building: [] },
    },
    {
      why: 'compares rates exactly: 39/40 and 78/80 tie, 77/79 is just below (nearest miss)',
      candidates: [c('x', 'building', 40, 39), c('y', 'building', 80, 78), c('z', 'building', 79, 77)],
      expected: { bungalow: [], building: ['y:1*', 'x:1*', 'z:3'] },
      excellent: 1,
    },
    {
      why: 'ties for first with one place: both excellent, the next is third',
      candidates: [c('a', 'bungalow', 50, 50), c('b', 'bungalow', 80, 80), c('c', 'bungalow', 100, 99)],
      expected: { bungalow: ['b:1*', 'a:1*', 'c:3'], building: [] },
      excellent: 1,
    },
    {
      why: 'lists a community with nothing to register unranked, never excellent',
      candidates: [c('a', 'bungalow', 0, 0), c('b', 'bungalow', 100, 50)],
      expected: { bungalow: ['b:1*', 'a:-'], building: [] },
    },
    {
      why: 'names fewer when a league has fewer communities',
      candidates: [c('a', 'building', 10, 1)],
      expected: { bungalow: [], building: ['a:1*'] },
    },
  ])('$why', ({ candidates, expected, excellent }) => {
    expect(rank(candidates, excellent ?? 2)).toEqual(expected)
  })

  it('plays mixed communities with the bungalows when configured so', () => {
    expect(rank([c('m', 'mixed', 100, 97)], 2, 'bungalow')).toEqual({ bungalow: ['m:1*'], building: [] })
  })

  it('names three when configured for three', () => {
    const candidates = ['a', 'b', 'c', 'd'].map((id, i) => c(id, 'bungalow', 100, 100 - i))
    expect(rank(candidates, 3).bungalow).toEqual(['a:1*', 'b:2*', 'c:3*', 'd:4'])
  })
})
