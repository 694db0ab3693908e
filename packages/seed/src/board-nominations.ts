import { BOARD_CONFIG } from '../../../workers/assessments/src/config'
import { drawPanel } from '../../../workers/assessments/src/rules/conflicts'
import type { Snapshots } from './score-snapshots'
import { CLOSED_QUARTER } from './score-snapshots'
import type { Row } from './tables'

// Stars of the closed quarter nominated to the board: two decided (approved, every seated
// member's vote with a reason) and one still open in the demo station, so the queue holds a
// nomination to vote on. Panels are drawn by the worker's own rule, like exemption cases.

type Member = Row<'assessments', 'boardMember'>
export type Nominations = {
  nomination: Row<'assessments', 'nomination'>[]
  nominationSeat: Row<'assessments', 'nominationSeat'>[]
  nominationVote: Row<'assessments', 'nominationVote'>[]
}

export function generateNominations(
  newId: () => string,
  members: readonly Member[],
  snapshots: Snapshots,
  openStationId: string | undefined,
): Nominations {
  const out: Nominations = { nomination: [], nominationSeat: [], nominationVote: [] }
  const active = members
    .filter((m) => m.active)
    .map((m) => ({ ...m, stationId: m.stationId ?? null, accountId: m.accountId ?? null }))
  // The demo station's best officer of the quarter (its top score may be shared: then the first by id).
  const open = snapshots.scoreSnapshot
    .filter((s) => s.stationId === openStationId)
    .sort((a, b) => a.rank - b.rank || (a.officerId < b.officerId ? -1 : 1))[0]
  const decided = snapshots.scoreSnapshot.filter((s) => s.star && s.stationId !== openStationId).slice(0, 2)
  const chair = active.find((m) => m.role === 'chair')
  for (const star of [...decided, ...(open ? [open] : [])]) {
    const isOpen = star === open
    const id = newId()
    const seats = drawPanel(
      active,
      { stationId: star.stationId, filedBy: 'seed', ties: [] },
      { size: BOARD_CONFIG.panelSize, salt: id },
    )
    out.nomination.push({
      id,
      kind: 'star_of_quarter',
      officerId: star.officerId,
      stationId: star.stationId,
      period: CLOSED_QUARTER,
      snapshot: JSON.stringify([
        {
          quarter: star.quarter,
          score: star.score,
          rank: star.rank,
          grade: star.grade,
          star: star.star,
          frozenAt: star.frozenAt,
        },
      ]),
      reason: '季度考核排名第一，社区工作时间、登记、纠纷化解各项均达标。',
      filedBy: 'seed',
      filedAt: '2024-07-08T02:00:00.000Z',
      deadline: isOpen ? '2026-12-31' : '2024-08-07',
      status: isOpen ? 'open' : 'decided',
      outcome: isOpen ? null : 'approve',
      summary: isOpen ? null : '委员会依据冻结的季度考核结果，同意评为季度之星。',
      decidedAt: isOpen ? null : '2024-07-20T08:00:00.000Z',
      decidedBy: isOpen ? null : (chair?.id ?? null),
    })
    seats.forEach((s, seat) => {
      out.nominationSeat.push({
        nominationId: id,
        memberId: s.member.id,
        seat,
        recused: s.recused,
        conflicts: JSON.stringify(s.conflicts),
      })
      if (!isOpen && !s.recused)
        out.nominationVote.push({
          nominationId: id,
          memberId: s.member.id,
          outcome: 'approve',
          reason: '考核成绩冻结快照属实，同意。',
          castAt: `2024-07-1${seat % 10}T02:00:00.000Z`,
        })
    })
  }
  return out
}
