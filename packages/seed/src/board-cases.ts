import { BOARD_CONFIG } from '../../../workers/assessments/src/config'
import { drawPanel } from '../../../workers/assessments/src/rules/conflicts'
import { majorityOf } from '../../../workers/assessments/src/rules/quorum'
import type { Rng } from './prng'
import type { Scoring } from './scoring'
import type { Row } from './tables'

// A few exemption cases the board has already decided (and one still open), so the review board
// is alive on first start: panels drawn by the worker's own rule (the chair and four members free
// of conflict; a member serving in the officer's station listed as recused), every seated
// member's vote with reasons, the majority by the worker's rule, and the adjustments an
// exemption wrote back into the officer's quarter.

type Outcome = 'exempt_full' | 'exempt_partial' | 'reject'
type Member = Row<'assessments', 'boardMember'>

export type BoardCases = {
  exemptionCase: Row<'assessments', 'exemptionCase'>[]
  caseDeduction: Row<'assessments', 'caseDeduction'>[]
  panelSeat: Row<'assessments', 'panelSeat'>[]
  vote: Row<'assessments', 'vote'>[]
  adjustment: Row<'assessments', 'adjustment'>[]
}

const STORIES = [
  {
    duty: '暴雨夜间入户核查出租房屋',
    facts: '红色暴雨预警期间道路中断，当周出租房屋登记未能按期完成，次周一补齐。',
    criteria: ['按周任务清单履行入户核查职责', '市气象台发布红色暴雨预警，道路中断', '次周补登完毕，未发生任何案事件'],
    votes: ['exempt_full', 'exempt_full', 'exempt_full', 'exempt_partial'] as Outcome[],
  },
  {
    duty: '调处邻里纠纷后的跟踪回访',
    facts: '当事人突发疾病住院，回访未能在规定期限内完成。',
    criteria: ['纠纷调处后按“三步曲”跟踪回访', '当事人突发疾病住院，属偶发事件', '出院后完成回访，纠纷未激化'],
    votes: ['exempt_partial', 'exempt_partial', 'exempt_full', 'reject'] as Outcome[],
  },
  {
    duty: '社区巡逻',
    facts: '巡逻时段临时调整，未按计划完成巡逻打卡。',
    criteria: ['社区巡逻属本职工作', '未能说明属偶发事件或不可抗力', '未造成后果'],
    votes: ['reject', 'reject', 'reject', 'exempt_partial'] as Outcome[],
  },
] as const

// Binary order, as SQLite sorts text in the worker's query.
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const chairFirst = (a: Member, b: Member) =>
  (a.role === 'chair' ? 0 : 1) - (b.role === 'chair' ? 0 : 1) || binary(a.nameEn, b.nameEn) || binary(a.id, b.id)

export function generateBoardCases(
  rng: Rng,
  newId: () => string,
  members: readonly Member[],
  scoring: Scoring,
  stationIds: readonly string[],
): BoardCases {
  const out: BoardCases = { exemptionCase: [], caseDeduction: [], panelSeat: [], vote: [], adjustment: [] }
  const panel = members
    .filter((m) => m.active)
    .sort(chairFirst)
    .map((m) => ({ ...m, stationId: m.stationId ?? null, accountId: m.accountId ?? null }))
  const quarter = '2024-Q3'
  // One officer with a recorded deduction in each of the first stations (in district order), plus one open case.
  const picks = stationIds
    .map((stationId) => scoring.deduction.find((d) => d.stationId === stationId && d.quarter === quarter))
    .filter((d) => d !== undefined)
    .slice(0, STORIES.length + 1)
  picks.forEach((picked, index) => {
    const story = STORIES[index % STORIES.length] as (typeof STORIES)[number]
    const decided = index < STORIES.length
    const id = newId()
    const happenedOn = `2024-08-${String(10 + index).padStart(2, '0')}`
    const filedAt = `2024-09-0${index + 1}T01:00:00.000Z`
    const seats = drawPanel(
      panel,
      { stationId: picked.stationId, filedBy: 'seed', ties: [] },
      { size: BOARD_CONFIG.panelSize, salt: id },
    ).map((drawn, seat) => ({ ...drawn, seat }))
    const voters = seats.filter((s) => !s.recused)
    const outcomes = voters.map((_, i) => story.votes[i % story.votes.length] as Outcome)
    const counts = { exempt_full: 0, exempt_partial: 0, reject: 0 }
    for (const o of outcomes) counts[o] += 1
    const outcome = majorityOf(counts) ?? 'reject'
    const chair = panel.find((m) => m.role === 'chair')
    out.exemptionCase.push({
      id,
      officerId: picked.officerId,
      stationId: picked.stationId,
      quarter,
      happenedOn,
      duty: story.duty,
      facts: story.facts,
      lawfulDuty: story.criteria[0],
      accidentOrForceMajeure: story.criteria[1],
      noSeriousConsequence: story.criteria[2],
      filedBy: 'seed',
      filedByRole: 'station_head',
      filedAt,
      deadline: `2024-10-0${index + 1}`,
      status: decided ? 'decided' : 'open',
      outcome: decided ? outcome : null,
      summary: decided ? '委员会依据三项认定条件逐项审议，按多数意见作出决定。' : null,
      decidedAt: decided ? `2024-09-2${index}T08:00:00.000Z` : null,
      decidedBy: decided ? (chair?.id ?? null) : null,
    })
    out.caseDeduction.push({ caseId: id, line: 0, itemCode: picked.itemCode, points: picked.points })
    for (const s of seats)
      out.panelSeat.push({
        caseId: id,
        memberId: s.member.id,
        seat: s.seat,
        recused: s.recused,
        conflicts: JSON.stringify(s.conflicts),
      })
    if (!decided) return
    voters.forEach((s, i) => {
      out.vote.push({
        caseId: id,
        memberId: s.member.id,
        outcome: outcomes[i] as Outcome,
        reasonLawfulDuty: '履职行为合法，有任务清单为证。',
        reasonAccidentOrForceMajeure: rng.pick(['属偶发事件。', '证据不足以认定不可抗力。', '属不可抗力。']),
        reasonNoSeriousConsequence: '未造成严重后果。',
        castAt: `2024-09-1${i % 10}T02:00:00.000Z`,
      })
    })
    if (outcome === 'reject') return
    out.adjustment.push({
      id: newId(),
      officerId: picked.officerId,
      stationId: picked.stationId,
      quarter,
      itemCode: picked.itemCode,
      points: outcome === 'exempt_full' ? picked.points : Math.ceil(picked.points / 2),
      caseId: id,
      line: 0,
      recordedAt: `2024-09-2${index}T08:00:00.000Z`,
    })
  })
  return out
}
