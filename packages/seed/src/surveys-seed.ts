import type { Rng } from './prng'
import type { Row } from './tables'

// Satisfaction surveys (assessments worker): the three definitions and two quarters of answers
// from household visits and the public short form, spread over the district's communities. The
// article's branch figure is 98.88 %: 1,236 of 1,250 answers here are satisfied (4 or 5 of 5).
// Answers after closed disputes arrive from the disputes worker over RPC, so none is seeded.

export const SURVEY_ANSWERS = 1250
export const DISSATISFIED_ANSWERS = 14

const DEFINITIONS = [
  {
    kind: 'dispute',
    nameZh: '纠纷办结回访',
    nameEn: 'After a dispute is closed',
    questionZh: '您对本次纠纷的处理是否满意？',
    questionEn: 'How satisfied are you with how your dispute was handled?',
  },
  {
    kind: 'public',
    nameZh: '群众满意度短表',
    nameEn: 'Public short form',
    questionZh: '您对本社区民警的工作是否满意？',
    questionEn: 'How satisfied are you with your community officer’s work?',
  },
  {
    kind: 'visit',
    nameZh: '入户走访满意度',
    nameEn: 'Household visit',
    questionZh: '您对社区民警入户走访是否满意？',
    questionEn: 'How satisfied are you with the officer’s visit?',
  },
] as const

type Community = Pick<Row<'communities', 'community'>, 'id' | 'stationId'>
type Officer = { id: string; stationId: string; dedicated: boolean }

/** A day of 2024-Q2 or 2024-Q3 (the seeded quarters). */
const dayOf = (rng: Rng) => {
  const month = rng.int(4, 9)
  const last = [30, 31, 30, 31, 31, 30][month - 4] as number
  return `2024-${String(month).padStart(2, '0')}-${String(rng.int(1, last)).padStart(2, '0')}`
}

export function generateSurveys(
  rng: Rng,
  newId: () => string,
  communities: readonly Community[],
  officers: readonly Officer[],
): { survey: Row<'assessments', 'survey'>[]; surveyAnswer: Row<'assessments', 'surveyAnswer'>[] } {
  const survey = DEFINITIONS.map((d) => ({ id: newId(), ...d }))
  // Which answers are the dissatisfied ones: a fixed count, at drawn positions.
  const unhappy = new Set<number>()
  while (unhappy.size < DISSATISFIED_ANSWERS) unhappy.add(rng.int(0, SURVEY_ANSWERS - 1))
  const surveyAnswer = Array.from({ length: SURVEY_ANSWERS }, (_, n) => {
    const community = rng.pick(communities)
    const visit = rng.int(0, 4) < 3
    const visitors = officers.filter((o) => o.dedicated && o.stationId === community.stationId)
    const day = dayOf(rng)
    return {
      id: newId(),
      kind: visit ? ('visit' as const) : ('public' as const),
      stationId: community.stationId,
      communityId: community.id,
      disputeId: null,
      officerId: visit && visitors.length > 0 ? rng.pick(visitors).id : null,
      score: unhappy.has(n) ? rng.int(1, 3) : rng.int(4, 5),
      answeredOn: day,
      recordedAt: `${day}T04:00:00.000Z`,
    }
  })
  return { survey, surveyAnswer }
}
