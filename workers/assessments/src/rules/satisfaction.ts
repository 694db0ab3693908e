/** An answer of 1–5 counts as satisfied from `from` up (4 by default: "satisfied" and "very satisfied"). */
export const isSatisfied = (score: number, from: number) => score >= from

/** satisfied ÷ responses, to four decimals (98.88 % is 0.9888); null when nobody answered. */
export function rateOf(responses: number, satisfied: number): number | null {
  if (responses <= 0) return null
  return Math.round((satisfied / responses) * 10_000) / 10_000
}

export type AnswerPlace = { stationId: string; communityId: string | null; score: number }
export type RateRow = {
  stationId: string | null
  communityId: string | null
  responses: number
  satisfied: number
  rate: number | null
}

/** The rate of the district, of each station and of each community (answers without a community count only above it). */
export function summariseSatisfaction(answers: readonly AnswerPlace[], from: number) {
  const groups = new Map<string, RateRow>()
  const add = (key: string, stationId: string | null, communityId: string | null, satisfied: boolean) => {
    const row = groups.get(key) ?? { stationId, communityId, responses: 0, satisfied: 0, rate: null }
    row.responses += 1
    if (satisfied) row.satisfied += 1
    groups.set(key, row)
  }
  for (const answer of answers) {
    const ok = isSatisfied(answer.score, from)
    add('district', null, null, ok)
    add(`s/${answer.stationId}`, answer.stationId, null, ok)
    if (answer.communityId) add(`c/${answer.communityId}`, answer.stationId, answer.communityId, ok)
  }
  const finish = (row: RateRow): RateRow => ({ ...row, rate: rateOf(row.responses, row.satisfied) })
  const all = [...groups.entries()].map(([key, row]) => ({ key, row: finish(row) }))
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  return {
    district: finish(
      groups.get('district') ?? { stationId: null, communityId: null, responses: 0, satisfied: 0, rate: null },
    ),
    stations: all
      .filter((g) => g.key.startsWith('s/'))
      .sort(byKey)
      .map((g) => g.row),
    communities: all
      .filter((g) => g.key.startsWith('c/'))
      .sort(byKey)
      .map((g) => g.row),
  }
}
