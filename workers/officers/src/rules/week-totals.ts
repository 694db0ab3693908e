import type { WeekTotals } from '@platform/contracts'
import type { StationRules } from '../config'

const round = (value: number, decimals: number) => Number(value.toFixed(decimals))

type Targets = Pick<StationRules, 'weeklyHoursTarget' | 'communityShareTarget'>

const meets = (community: number, away: number, rules: Targets) => {
  const worked = community + away
  return {
    hours: community >= rules.weeklyHoursTarget * 60,
    share: worked > 0 && community / worked >= rules.communityShareTarget,
  }
}

/**
 * A week's time in the community against the station's targets: the hours (36 h) and the share
 * of recorded working time spent in the community (≥ 90 %, or the station's own figure). The
 * recorded working time is the community time plus the hours assigned away from it.
 *
 * Approved duty exceptions explain a shortfall (issue item 5): the week missed a target but meets
 * both once the hours taken under exceptions are given back (counted as community time for the
 * hours, left out of the working time for the share).
 */
export function weekTotals(
  communityMinutes: number,
  awayMinutes: number,
  rules: Targets,
  exceptionMinutes = 0,
): WeekTotals {
  const worked = communityMinutes + awayMinutes
  const share = worked > 0 ? communityMinutes / worked : null
  const met = meets(communityMinutes, awayMinutes, rules)
  const excused = Math.min(exceptionMinutes, awayMinutes)
  const withoutExceptions = {
    hours: communityMinutes + excused >= rules.weeklyHoursTarget * 60,
    // Nothing else recorded: the share is not what fell short.
    share: awayMinutes - excused === 0 || meets(communityMinutes, awayMinutes - excused, rules).share,
  }
  return {
    minutes: communityMinutes,
    hours: round(communityMinutes / 60, 2),
    targetHours: rules.weeklyHoursTarget,
    awayHours: round(awayMinutes / 60, 2),
    share: share === null ? null : round(share, 4),
    shareTarget: rules.communityShareTarget,
    metHours: met.hours,
    metShare: met.share,
    exceptionHours: round(excused / 60, 2),
    shortfallExplained: excused > 0 && !(met.hours && met.share) && withoutExceptions.hours && withoutExceptions.share,
  }
}
