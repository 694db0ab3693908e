import type { Rng } from './prng'
import type { Row } from './tables'

// A year of satisfaction answers per station and month, so the dashboard's satisfaction
// (assessments worker, RPC `satisfaction`) has answers in every month of its window and every
// station: household visits and the public short form, 20 to 32 a station a month, about 1.1 %
// of them dissatisfied (the article's branch figure is 98.88 %). The months run from a year
// before the month of `until` to that month, answers never after `until` itself.
// Deterministic: the months follow `until`, never the clock.

export const MONTHLY_SURVEY_MONTHS = 12
/** Dissatisfied answers per thousand: 1,000 − 988.8, rounded. */
const DISSATISFIED_PER_THOUSAND = 11

type Community = Pick<Row<'communities', 'community'>, 'id' | 'stationId'>
type Officer = { id: string; stationId: string; dedicated: boolean }

/** `YYYY-MM` of the months from `months` before the month of `until` to that month, oldest first. */
export function surveyMonths(until: string, months = MONTHLY_SURVEY_MONTHS): string[] {
  const [year, month] = until.split('-').map(Number) as [number, number]
  const last = year * 12 + month - 1
  return Array.from({ length: months + 1 }, (_, i) => {
    const index = last - months + i
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  })
}

const daysIn = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, m, 0)).getUTCDate()
}

export function generateMonthlySurveys(
  rng: Rng,
  newId: () => string,
  communities: readonly Community[],
  officers: readonly Officer[],
  until: string,
): Row<'assessments', 'surveyAnswer'>[] {
  const stations = [...new Set(communities.map((c) => c.stationId))]
  const answers: Row<'assessments', 'surveyAnswer'>[] = []
  for (const month of surveyMonths(until)) {
    const lastDay = until.startsWith(month) ? Number(until.slice(8, 10)) : daysIn(month)
    for (const stationId of stations) {
      const own = communities.filter((c) => c.stationId === stationId)
      const visitors = officers.filter((o) => o.dedicated && o.stationId === stationId)
      const count = rng.int(20, 32)
      for (let n = 0; n < count; n++) {
        const visit = rng.int(0, 4) < 3 && visitors.length > 0
        const day = `${month}-${String(rng.int(1, lastDay)).padStart(2, '0')}`
        const unhappy = rng.int(1, 1000) <= DISSATISFIED_PER_THOUSAND
        answers.push({
          id: newId(),
          kind: visit ? 'visit' : 'public',
          stationId,
          communityId: rng.pick(own).id,
          disputeId: null,
          officerId: visit ? rng.pick(visitors).id : null,
          score: unhappy ? rng.int(1, 3) : rng.int(4, 5),
          answeredOn: day,
          recordedAt: `${day}T04:00:00.000Z`,
        })
      }
    }
  }
  return answers
}
