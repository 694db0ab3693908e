import type { FiguresPeriod, HoursFigures, SatisfactionFigures } from '@platform/contracts'
import { COMMUNITIES_CONFIG } from '../../config'
import { askWithin, assessmentsOf, officersOf } from '../../peers'
import { addDays, addMonths, daysBetween } from '../../rules/calendar'
import { hoursFigures } from '../../rules/hours'
import { keepPeerAnswer, keptPeerAnswer, peerAnswerKey } from './peer-answers'

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

export type MonthPeerFigures = Awaited<ReturnType<typeof peerFigures>>

/**
 * Hours and satisfaction for each month of the trend, asked all at once (the month of the period
 * among them, so its headline figures come from the same answers). A month whose worker failed or
 * was late is marked unavailable on its own; the others still show.
 */
export async function peerFiguresByMonth(
  env: Pick<Env, 'OFFICERS' | 'ASSESSMENTS'>,
  months: readonly string[],
  stationId: string | null,
): Promise<Map<string, MonthPeerFigures>> {
  const answers = await Promise.all(
    months.map(async (month) => {
      // A write here changes none of the other workers' answers: theirs are kept on their own
      // (peer-answers.ts), so the figures after a registration only recompute this worker's part.
      const key = peerAnswerKey(stationId, month)
      const kept = keptPeerAnswer<MonthPeerFigures>(key)
      if (kept) return kept
      const { from, to } = monthBounds(month)
      const answer = await peerFigures(env, { from, to, ...(stationId ? { stationId } : {}) })
      if (answer.hours.available && answer.satisfaction.available) keepPeerAnswer(key, answer)
      return answer
    }),
  )
  return new Map(months.map((month, i) => [month, answers[i] as MonthPeerFigures]))
}

/** The first and last day of a month `YYYY-MM`, Beijing dates. */
export const monthBounds = (month: string) => ({
  from: `${month}-01`,
  to: addDays(`${addMonths(month, 1)}-01`, -1),
})
