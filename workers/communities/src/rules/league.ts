import type { HousingType, LeagueName } from '@platform/contracts'

// The quarterly league of the floating-population managers (流管员): communities ranked by
// registration rate in two leagues, bungalow courtyards vs apartment buildings (平房/楼房), and
// each quarter the top ones named excellent (article, 东四: "每季度评出2个优秀社区").

export type LeagueCandidate = {
  communityId: string
  housingType: HousingType
  /** Sums over the quarter's months. */
  floatingKnown: number
  floatingRegistered: number
}

export type LeagueOptions = { excellentPerLeague: number; mixedLeague: LeagueName }

export type Ranked<T> = T & { rate: number | null; rank: number | null; excellent: boolean }

export const leagueOf = (housingType: HousingType, mixedLeague: LeagueName): LeagueName =>
  housingType === 'mixed' ? mixedLeague : housingType

/** Higher rate first, compared exactly (a·d vs c·b): 0.975 computed two ways is still a tie. */
const byRate = (a: LeagueCandidate, b: LeagueCandidate) =>
  b.floatingRegistered * a.floatingKnown - a.floatingRegistered * b.floatingKnown

/**
 * Ranks each league. Ties share a rank and the next rank skips ("1, 2, 2, 4"), so a tie at the
 * cut-off names every tied community excellent rather than pick one by chance. A community with
 * nothing known to register in the quarter is listed unranked and is never excellent.
 * Within a tie, the one with more people to register is listed first (more work), then by id.
 */
export function rankLeagues<T extends LeagueCandidate>(candidates: readonly T[], options: LeagueOptions) {
  const leagues: LeagueName[] = ['bungalow', 'building']
  return leagues.map((league) => {
    const members = candidates.filter((c) => leagueOf(c.housingType, options.mixedLeague) === league)
    const rated = members
      .filter((c) => c.floatingKnown > 0)
      .sort((a, b) => byRate(a, b) || b.floatingKnown - a.floatingKnown || a.communityId.localeCompare(b.communityId))
    const unrated = members
      .filter((c) => c.floatingKnown <= 0)
      .sort((a, b) => a.communityId.localeCompare(b.communityId))

    const entries: Ranked<T>[] = []
    rated.forEach((candidate, i) => {
      const previous = entries[i - 1]
      const tied = previous !== undefined && byRate(rated[i - 1] as T, candidate) === 0
      const rank = tied ? (previous.rank as number) : i + 1
      entries.push({
        ...candidate,
        rate: candidate.floatingRegistered / candidate.floatingKnown,
        rank,
        excellent: rank <= options.excellentPerLeague,
      })
    })
    for (const candidate of unrated) entries.push({ ...candidate, rate: null, rank: null, excellent: false })
    return { league, entries }
  })
}
