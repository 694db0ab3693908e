import type { WeekTotals } from '@platform/contracts'
import type { StationRules } from '../config'

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

/**
 * A week's time in the community against the station's targets: the hours (36 h) and the share
 * of recorded working time spent in the community (≥ 90 %, or the station's own figure). The
 * recorded working time is the community time plus the hours assigned away from it.
 */
export function weekTotals(
  communityMinutes: number,
  awayMinutes: number,
  rules: Pick<StationRules, 'weeklyHoursTarget' | 'communityShareTarget'>,
): WeekTotals {
  const worked = communityMinutes + awayMinutes
  const share = worked > 0 ? communityMinutes / worked : null
  return {
    minutes: communityMinutes,
    hours: round(communityMinutes / 60, 2),
    targetHours: rules.weeklyHoursTarget,
    awayHours: round(awayMinutes / 60, 2),
    share: share === null ? null : round(share, 4),
    shareTarget: rules.communityShareTarget,
    metHours: communityMinutes >= rules.weeklyHoursTarget * 60,
    metShare: share !== null && share >= rules.communityShareTarget,
  }
}
