import type { LeagueName } from '@platform/contracts'

/**
 * The targets and numbers of the communities rules, in one place (architecture.md: "Numbers in
 * the rules"), seeded with the article's values. Per-station overrides go by station code.
 */
export type CommunitiesConfig = {
  /** "Double 100 %": the registration target for floating population and rental homes. */
  registrationTarget: number
  league: {
    /** Communities named excellent in each league each quarter (article: 2). */
    excellentPerLeague: number
    /**
     * Where "mixed" communities play. They rank with the apartment buildings: their floating
     * population mostly rents flats, so registration there works as in buildings.
     */
    mixedLeague: LeagueName
  }
  rota: {
    /** Shops on duty per group and day (article: "每日由两家商户派员佩戴红袖标值班"). */
    shopsOnDuty: number
    /** Longest range one rota request may ask for. */
    maxDays: number
  }
  /** Months of history the figures' trend shows. */
  trendMonths: number
  /** Weekly hours in the community a dedicated officer is held to (article: 6 h → 36 h). */
  weeklyHoursTarget: number
  /** How long the figures wait for another worker's part before marking it unavailable. */
  peerTimeoutMs: number
  /**
   * Assembled figures kept per scope and period (figures-cache.ts). A write here is seen at the next
   * read; the time to live bounds how late other workers' hours and satisfaction may show.
   */
  figuresCache: { ttlMs: number; maxEntries: number }
}

export const COMMUNITIES_CONFIG: CommunitiesConfig = {
  registrationTarget: 1,
  league: { excellentPerLeague: 2, mixedLeague: 'building' },
  rota: { shopsOnDuty: 2, maxDays: 62 },
  trendMonths: 12,
  weeklyHoursTarget: 36,
  peerTimeoutMs: 2500,
  figuresCache: { ttlMs: 30_000, maxEntries: 256 },
}

/** Overrides some stations set for themselves, by station code (none yet: the article's values hold). */
const STATION_OVERRIDES: Record<string, Partial<Pick<CommunitiesConfig, 'league'>>> = {}

export function configFor(stationCode?: string | null): CommunitiesConfig {
  const override = stationCode ? STATION_OVERRIDES[stationCode] : undefined
  return override ? { ...COMMUNITIES_CONFIG, ...override } : COMMUNITIES_CONFIG
}
