import type { Rng } from './prng'
import type { Row } from './tables'

// Scorecards and two quarters of scores (assessments worker). Every station keeps the article's
// example scale: 100 points in 5 aspects of 3 items (15 items). Each dedicated officer gets a
// sheet per quarter and 0–3 deductions a rater recorded against items of the station's card.

export const SEED_QUARTERS = ['2024-Q2', '2024-Q3'] as const

type Source = 'rater' | 'community_hours' | 'task_completion' | 'registration_rate' | 'disputes' | 'satisfaction'
type Item = { code: string; zh: string; en: string; maxPoints: number; source?: Source }

/** 5 aspects × 3 items; each aspect is worth 20 of the 100 points (8 + 6 + 6). */
export const SCORE_ITEMS: readonly Item[] = [
  {
    code: 'A1',
    zh: '每周在社区工作时间',
    en: 'Weekly hours in the community',
    maxPoints: 8,
    source: 'community_hours',
  },
  { code: 'A2', zh: '入户走访', en: 'Household visits', maxPoints: 6 },
  { code: 'A3', zh: '社区巡逻', en: 'Patrol in the own community', maxPoints: 6 },
  { code: 'B1', zh: '流动人口登记', en: 'Floating-population registration', maxPoints: 8, source: 'registration_rate' },
  { code: 'B2', zh: '出租房屋登记', en: 'Rental-housing registration', maxPoints: 6 },
  { code: 'B3', zh: '人口信息采集', en: 'Population information collection', maxPoints: 6 },
  { code: 'C1', zh: '矛盾纠纷排查', en: 'Dispute screening', maxPoints: 8 },
  { code: 'C2', zh: '矛盾纠纷调处', en: 'Dispute mediation', maxPoints: 6, source: 'disputes' },
  { code: 'C3', zh: '跟踪防护', en: 'Protection and follow-up', maxPoints: 6 },
  { code: 'D1', zh: '四知六熟悉', en: 'Four knows, six familiarities', maxPoints: 8 },
  { code: 'D2', zh: '隐患整改', en: 'Hazard rectification', maxPoints: 6, source: 'task_completion' },
  { code: 'D3', zh: '重点单位“三个五”', en: 'Key units: the three fives', maxPoints: 6 },
  { code: 'E1', zh: '安全防范宣传', en: 'Safety outreach', maxPoints: 8 },
  { code: 'E2', zh: '群防群治组织', en: 'Organising mass prevention', maxPoints: 6 },
  { code: 'E3', zh: '服务群众', en: 'Serving residents', maxPoints: 6, source: 'satisfaction' },
]

const REASONS = [
  '周工作时间未达标',
  '登记信息逾期未更新',
  '纠纷台账未按时更新',
  '走访记录不完整',
  '整改回访超期',
] as const

type Station = { id: string }
type Officer = { id: string; stationId: string; dedicated: boolean }

/** Who rates (issue 7's example): 50 % the team leader, 50 % the duty deputy head (signs in as station head). */
const RATERS = [
  { raterRole: 'team_leader', labelZh: '带班组长', labelEn: 'Team leader', weightPct: 50 },
  { raterRole: 'station_head', labelZh: '值班副所长', labelEn: 'Duty deputy head', weightPct: 50 },
] as const

/** Items a rater enters (the others are computed from records by the worker). */
const RATED_ITEMS = SCORE_ITEMS.filter((i) => (i.source ?? 'rater') === 'rater')

export type Scoring = {
  scorecard: Row<'assessments', 'scorecard'>[]
  scorecardRater: Row<'assessments', 'scorecardRater'>[]
  scoreItem: Row<'assessments', 'scoreItem'>[]
  scoreSheet: Row<'assessments', 'scoreSheet'>[]
  deduction: Row<'assessments', 'deduction'>[]
}

/** A day inside the quarter when the rater recorded a deduction (the 20th of its middle month). */
const recordedAt = (quarter: string) => {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number]
  return new Date(Date.UTC(year, (q - 1) * 3 + 1, 20, 2)).toISOString()
}

export function generateScoring(
  rng: Rng,
  newId: () => string,
  stations: readonly Station[],
  officers: readonly Officer[],
): Scoring {
  const out: Scoring = { scorecard: [], scorecardRater: [], scoreItem: [], scoreSheet: [], deduction: [] }
  for (const station of stations) {
    const id = newId()
    out.scorecard.push({
      id,
      stationId: station.id,
      nameZh: '社区民警考核表',
      nameEn: 'Community officer scorecard',
      totalPoints: 100,
    })
    for (const rater of RATERS) out.scorecardRater.push({ scorecardId: id, ...rater })
    for (const item of SCORE_ITEMS)
      out.scoreItem.push({
        id: newId(),
        scorecardId: id,
        aspect: item.code.charAt(0),
        code: item.code,
        nameZh: item.zh,
        nameEn: item.en,
        maxPoints: item.maxPoints,
        source: item.source ?? 'rater',
      })
  }
  for (const quarter of SEED_QUARTERS) {
    for (const officer of officers.filter((o) => o.dedicated)) {
      out.scoreSheet.push({ officerId: officer.id, stationId: officer.stationId, quarter, basePoints: 100 })
      const count = rng.int(0, 3)
      for (let n = 0; n < count; n++) {
        const item = rng.pick(RATED_ITEMS)
        out.deduction.push({
          id: newId(),
          officerId: officer.id,
          stationId: officer.stationId,
          quarter,
          itemCode: item.code,
          points: rng.int(1, Math.min(4, item.maxPoints)),
          reason: rng.pick(REASONS),
          recordedAt: recordedAt(quarter),
          // History from before the raters were configured: one rater, full weight (raterRole null).
          raterRole: null,
        })
      }
    }
  }
  return out
}
