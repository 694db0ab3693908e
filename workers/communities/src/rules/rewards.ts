import type { LeagueName } from '@platform/contracts'

// The quarter's rewards: every active manager of a community the league named excellent is
// rewarded, with the league, rank and rate it was for (kept as they were, whatever changes later).

export type RankedCommunity = { communityId: string; rank: number | null; rate: number | null; excellent: boolean }
export type RewardDraft = { managerId: string; communityId: string; league: LeagueName; rank: number; rate: number }

export function rewardsFor(
  leagues: readonly { league: LeagueName; entries: readonly RankedCommunity[] }[],
  managers: readonly { id: string; communityId: string; active: boolean }[],
): RewardDraft[] {
  return leagues.flatMap(({ league, entries }) =>
    entries
      .filter((e) => e.excellent && e.rank !== null && e.rate !== null)
      .flatMap((e) =>
        managers
          .filter((m) => m.active && m.communityId === e.communityId)
          .map((m) => ({
            managerId: m.id,
            communityId: e.communityId,
            league,
            rank: e.rank as number,
            rate: e.rate as number,
          })),
      ),
  )
}

/** A quarter is rewarded once it has closed: its last month is before the current one. */
export const quarterClosed = (lastMonthOfQuarter: string, currentMonth: string) => lastMonthOfQuarter < currentMonth
