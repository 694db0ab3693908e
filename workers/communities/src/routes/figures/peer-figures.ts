import type { FiguresPeriod, HoursFigures, SatisfactionFigures } from '@platform/contracts'
import { COMMUNITIES_CONFIG } from '../../config'
import { askWithin, assessmentsOf, officersOf } from '../../peers'
import { daysBetween } from '../../rules/calendar'
import { hoursFigures } from '../../rules/hours'

/**
 * The parts of the figures other workers hold: officers' hours in the community (officers) and
 * satisfaction (assessments). Each is marked unavailable, with why, when its worker fails or is
 * late, so the rest of the figures still answer.
 */
export async function peerFigures(
  env: Pick<Env, 'OFFICERS' | 'ASSESSMENTS'>,
  period: FiguresPeriod,
): Promise<{ hours: HoursFigures; satisfaction: SatisfactionFigures }> {
  const { peerTimeoutMs, weeklyHoursTarget } = COMMUNITIES_CONFIG
  const [hours, satisfaction] = await Promise.all([
    askWithin('officers', peerTimeoutMs, () => officersOf(env).communityHours(period)),
    askWithin('assessments', peerTimeoutMs, () => assessmentsOf(env).satisfaction(period)),
  ])
  const days = daysBetween(period.from, period.to) + 1
  return {
    hours: hours.ok ? hoursFigures(hours.value, days, weeklyHoursTarget) : { available: false, reason: hours.reason },
    satisfaction: satisfaction.ok
      ? {
          available: true,
          responses: satisfaction.value.responses,
          satisfied: satisfaction.value.satisfied,
          rate: satisfaction.value.rate,
        }
      : { available: false, reason: satisfaction.reason },
  }
}
