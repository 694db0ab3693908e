import type { VoteOutcome } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { BOARD_CONFIG } from '../src/config'
import { appealDeadline, appealRefusal, appealReversal, firstPanelMembersIn } from '../src/rules/appeal'
import { conflictsOf, drawPanel, type PanelCandidate } from '../src/rules/conflicts'
import { costOf, notRecorded, outOfRange, type RecordedLine, reversalOf } from '../src/rules/deductions'
import { addDays, quarterOf, shanghaiDay } from '../src/rules/quarter'
import { majorityOf, tally, votesNeeded } from '../src/rules/quorum'
import { rankScores } from '../src/rules/ranking'

const twoThirds = BOARD_CONFIG.quorum

describe('the quorum: two thirds of the non-recused panel, rounded up, at least one vote', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [5, 4],
    [6, 4],
    [9, 6],
    [10, 7],
  ])('an eligible panel of %i needs %i votes', (eligible, needed) => {
    expect(votesNeeded(eligible, twoThirds)).toBe(needed)
  })

  it('takes another configured share (a simple majority of 5 is 3)', () => {
    expect(votesNeeded(5, { numerator: 1, denominator: 2 })).toBe(3)
  })
})

const seats = (n: number, recused: number[] = []) =>
  Array.from({ length: n }, (_, i) => ({ memberId: `m${i}`, recused: recused.includes(i) }))
const ballots = (...outcomes: [number, VoteOutcome][]) =>
  outcomes.map(([i, outcome]) => ({ memberId: `m${i}`, outcome }))

describe('the tally of a case', () => {
  it.each<[string, ReturnType<typeof seats>, ReturnType<typeof ballots>, object]>([
    [
      'a panel of 3 with 1 recused: both others voting meets the quorum',
      seats(3, [2]),
      ballots([0, 'exempt_full'], [1, 'exempt_full']),
      { eligible: 2, recused: 1, needed: 2, cast: 2, quorumMet: true, majority: 'exempt_full', blocker: null },
    ],
    [
      'a panel of 3 with 1 recused: one vote is short of the quorum',
      seats(3, [2]),
      ballots([0, 'exempt_full']),
      { eligible: 2, needed: 2, cast: 1, quorumMet: false, blocker: 'RULE_QUORUM' },
    ],
    [
      "a recused member's vote (were it stored) does not count",
      seats(3, [2]),
      ballots([0, 'reject'], [2, 'reject']),
      { cast: 1, quorumMet: false, counts: { exempt_full: 0, exempt_partial: 0, reject: 1 } },
    ],
    [
      'a vote from outside the panel does not count',
      seats(3),
      ballots([0, 'reject'], [7, 'reject']),
      { cast: 1, quorumMet: false },
    ],
    [
      'a panel of 4 with 1 recused: 2 of 3 meet the quorum',
      seats(4, [3]),
      ballots([0, 'reject'], [1, 'reject']),
      { eligible: 3, needed: 2, quorumMet: true, majority: 'reject', blocker: null },
    ],
    [
      'a tie of 1 exemption against 1 rejection has no majority',
      seats(3),
      ballots([0, 'exempt_full'], [1, 'reject']),
      { quorumMet: true, majority: null, blocker: 'RULE_MAJORITY' },
    ],
    [
      'a tie of 2 against 2 on a panel of 6 has no majority',
      seats(6),
      ballots([0, 'exempt_full'], [1, 'exempt_partial'], [2, 'reject'], [3, 'reject']),
      { needed: 4, quorumMet: true, majority: null, blocker: 'RULE_MAJORITY' },
    ],
    [
      'every member recused: the quorum can never be met',
      seats(2, [0, 1]),
      [],
      { eligible: 0, needed: 1, quorumMet: false, blocker: 'RULE_QUORUM' },
    ],
    [
      'no vote yet',
      seats(5),
      [],
      { eligible: 5, needed: 4, cast: 0, quorumMet: false, majority: null, blocker: 'RULE_QUORUM' },
    ],
  ])('%s', (_, panel, cast, expected) => {
    expect(tally(panel, cast, twoThirds)).toMatchObject(expected)
  })
})

describe('the majority of the votes cast', () => {
  it.each<[string, [number, number, number], VoteOutcome | null]>([
    ['3 in full of 3', [3, 0, 0], 'exempt_full'],
    ['2 in full, 1 reject', [2, 0, 1], 'exempt_full'],
    ['2 in part, 1 in full', [1, 2, 0], 'exempt_partial'],
    ['1 in full, 1 in part, 1 reject: exemption holds a majority, in part', [1, 1, 1], 'exempt_partial'],
    ['2 reject, 1 in full', [1, 0, 2], 'reject'],
    ['1 in full, 1 reject: a tie', [1, 0, 1], null],
    ['2 in full, 2 reject: a tie', [2, 0, 2], null],
    ['no vote', [0, 0, 0], null],
  ])('%s → %s', (_, [full, partial, reject], expected) => {
    expect(majorityOf({ exempt_full: full, exempt_partial: partial, reject })).toBe(expected)
  })
})

const parties = {
  stationId: 'S1',
  filedBy: 'acct-head',
  ties: [] as { memberId: string; kind: 'supervisor' | 'relative' | 'colleague' | 'other' }[],
}

describe('conflicts of a board member with a case', () => {
  it.each<[string, PanelCandidate, typeof parties, string[]]>([
    [
      'serves in the officer’s station',
      { id: 'm', role: 'member', stationId: 'S1', accountId: null },
      parties,
      ['same_station'],
    ],
    [
      'serves in another station: no conflict',
      { id: 'm', role: 'member', stationId: 'S2', accountId: null },
      parties,
      [],
    ],
    [
      'branch member without ties: no conflict',
      { id: 'm', role: 'member', stationId: null, accountId: 'acct-m' },
      parties,
      [],
    ],
    ['filed the case', { id: 'm', role: 'member', stationId: null, accountId: 'acct-head' }, parties, ['filer']],
    [
      'declared as the officer’s supervisor',
      { id: 'm', role: 'member', stationId: null, accountId: null },
      { ...parties, ties: [{ memberId: 'm', kind: 'supervisor' }] },
      ['supervisor'],
    ],
    [
      'declared as a relative',
      { id: 'm', role: 'member', stationId: null, accountId: null },
      { ...parties, ties: [{ memberId: 'm', kind: 'relative' }] },
      ['declared_tie'],
    ],
    [
      'a tie declared for another member is not this one’s',
      { id: 'm', role: 'member', stationId: null, accountId: null },
      { ...parties, ties: [{ memberId: 'other', kind: 'relative' }] },
      [],
    ],
    [
      'several at once, in a fixed order',
      { id: 'm', role: 'member', stationId: 'S1', accountId: 'acct-head' },
      {
        ...parties,
        ties: [
          { memberId: 'm', kind: 'colleague' },
          { memberId: 'm', kind: 'supervisor' },
        ],
      },
      ['same_station', 'supervisor', 'filer', 'declared_tie'],
    ],
  ])('%s', (_, member, caseParties, expected) => {
    expect(conflictsOf(member, caseParties)).toEqual(expected)
  })

  const board: PanelCandidate[] = [
    { id: 'chair', role: 'chair', stationId: null, accountId: null },
    { id: 'a', role: 'member', stationId: 'S1', accountId: null },
    ...['b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, role: 'member' as const, stationId: null, accountId: null })),
  ]
  const seatsOf = (panel: ReturnType<typeof drawPanel>) => panel.map((s) => [s.member.id, s.recused])

  it('seats every free member when no size is set, listing the conflicted as recused, in board order', () => {
    expect(seatsOf(drawPanel(board, parties, { size: null, salt: 'case-1' }))).toEqual([
      ['chair', false],
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', false],
      ['e', false],
      ['f', false],
      ['g', false],
    ])
  })

  it.each(['case-1', 'case-2', 'case-3'])(
    'draws the chair and four free members for %s, the same every time',
    (salt) => {
      const panel = drawPanel(board, parties, { size: 5, salt })
      const seated = panel.filter((s) => !s.recused).map((s) => s.member.id)
      expect(seated).toHaveLength(5)
      expect(seated[0]).toBe('chair')
      expect(panel.find((s) => s.member.id === 'a')).toMatchObject({ recused: true, conflicts: ['same_station'] })
      expect(seatsOf(drawPanel(board, parties, { size: 5, salt }))).toEqual(seatsOf(panel))
    },
  )

  it('rotates the members drawn from case to case', () => {
    const drawn = (salt: string) =>
      drawPanel(board, parties, { size: 5, salt })
        .filter((s) => !s.recused)
        .map((s) => s.member.id)
        .join()
    expect(new Set(['case-1', 'case-2', 'case-3', 'case-4', 'case-5'].map(drawn)).size).toBeGreaterThan(1)
  })

  it('leaves excluded members (the first panel, on appeal) out entirely', () => {
    const excluded = new Set(['chair', 'b', 'c', 'd', 'e'])
    expect(seatsOf(drawPanel(board, parties, { size: 5, salt: 'x', excluded }))).toEqual([
      ['a', true],
      ['f', false],
      ['g', false],
    ])
  })
})

const items = [
  { code: 'A1', maxPoints: 10 },
  { code: 'B2', maxPoints: 5 },
]

describe('deductions named by a case', () => {
  it.each([
    ['one point', { itemCode: 'B2', points: 1 }],
    ['the item maximum', { itemCode: 'B2', points: 5 }],
  ])('fit the scorecard: %s', (_, line) => {
    expect(outOfRange([line], items)).toEqual([])
  })

  it.each([
    ['one point above the item maximum', { itemCode: 'B2', points: 6 }, 'points_out_of_range'],
    ['zero points', { itemCode: 'A1', points: 0 }, 'points_out_of_range'],
    ['an item the scorecard does not have', { itemCode: 'Z9', points: 1 }, 'unknown_item'],
  ])('do not fit: %s', (_, line, problem) => {
    expect(outOfRange([line], items)).toMatchObject([{ index: 0, itemCode: line.itemCode, problem }])
  })

  it.each([
    ['exactly what was deducted', [{ itemCode: 'B2', points: 4 }], []],
    ['less than was deducted', [{ itemCode: 'B2', points: 3 }], []],
    [
      'two lines adding up to more than was deducted',
      [
        { itemCode: 'B2', points: 3 },
        { itemCode: 'B2', points: 2 },
      ],
      ['B2'],
    ],
    ['an item never deducted', [{ itemCode: 'A1', points: 1 }], ['A1']],
  ])('claiming %s', (_, claimed, refused) => {
    expect(notRecorded(claimed, [{ itemCode: 'B2', points: 4 }]).map((r) => r.itemCode)).toEqual(refused)
  })

  it.each<[VoteOutcome, number[]]>([
    ['exempt_full', [4, 3]],
    ['exempt_partial', [2, 1.5]],
    ['reject', []],
  ])('a decision %s gives back %j', (outcome, points) => {
    const claimed = [
      { itemCode: 'B2', points: 4 },
      { itemCode: 'C1', points: 3 },
    ]
    expect(reversalOf(outcome, claimed, BOARD_CONFIG.partialShare).map((l) => l.points)).toEqual(points)
  })
})

describe("a decision gives back what the deduction cost in the score, at the rater's weight", () => {
  const at = (itemCode: string, points: number, weightPct: number, recordedAt = '2024-08-20'): RecordedLine => ({
    itemCode,
    points,
    weightPct,
    recordedAt,
  })
  const half = BOARD_CONFIG.partialShare
  it.each<[string, VoteOutcome, RecordedLine[], number]>([
    ['an unweighted deduction of 4, exempt in full', 'exempt_full', [at('B2', 4, 100)], 4],
    ['an unweighted deduction of 4, exempt in part', 'exempt_partial', [at('B2', 4, 100)], 2],
    ['a 50 % team leader deduction of 4, exempt in full', 'exempt_full', [at('B2', 4, 50)], 2],
    ['a 50 % team leader deduction of 4, exempt in part', 'exempt_partial', [at('B2', 4, 50)], 1],
    [
      'a 50 % team leader deduction of 4 and 1, exempt in part (to hundredths)',
      'exempt_partial',
      [at('B2', 4, 50), at('B2', 1, 50)],
      1,
    ],
    [
      'a 75 % rater deduction of 3 and 1 full, exempt in part (to hundredths)',
      'exempt_partial',
      [at('B2', 3, 75), at('B2', 1, 100, '2024-09-01')],
      1.63,
    ],
    ['a 50 % team leader deduction of 4, rejected', 'reject', [at('B2', 4, 50)], 0],
    [
      'a claim of 4 over a 50 % line of 2 and a full line of 2 (oldest first)',
      'exempt_full',
      [at('B2', 2, 100, '2024-08-21'), at('B2', 2, 50, '2024-08-20')],
      3,
    ],
  ])('%s gives back %s', (_, outcome, recorded, points) => {
    const cost = costOf([{ itemCode: 'B2', points: 4 }], recorded)
    const back = reversalOf(outcome, cost, half).reduce((n, l) => n + l.points, 0)
    expect(back).toBe(points)
  })

  it('takes a partial claim from the oldest recorded line of its item only', () => {
    const recorded = [at('B2', 2, 50, '2024-08-01'), at('B2', 4, 100, '2024-09-01'), at('C1', 5, 50)]
    expect(costOf([{ itemCode: 'B2', points: 3 }], recorded)).toEqual([{ itemCode: 'B2', points: 2 }])
  })

  it('spends a recorded line once across two case lines of the same item', () => {
    const recorded = [at('B2', 2, 50, '2024-08-01'), at('B2', 2, 100, '2024-09-01')]
    const cost = costOf(
      [
        { itemCode: 'B2', points: 2 },
        { itemCode: 'B2', points: 2 },
      ],
      recorded,
    )
    expect(cost.map((l) => l.points)).toEqual([1, 2])
  })
})

describe('the station ranking', () => {
  it('ranks by score, equal scores sharing a rank and the next one skipping', () => {
    const ranked = rankScores([
      { officerId: 'a', basePoints: 100, deducted: 6, adjusted: 0 },
      { officerId: 'b', basePoints: 100, deducted: 3, adjusted: 0 },
      { officerId: 'c', basePoints: 100, deducted: 0, adjusted: 0 },
      { officerId: 'd', basePoints: 100, deducted: 3, adjusted: 0 },
    ])
    expect(ranked.map((r) => [r.officerId, r.score, r.rank])).toEqual([
      ['c', 100, 1],
      ['b', 97, 2],
      ['d', 97, 2],
      ['a', 94, 4],
    ])
  })

  it('adds adjustments back, never above the base', () => {
    const [only] = rankScores([{ officerId: 'a', basePoints: 100, deducted: 6, adjusted: 8 }])
    expect(only?.score).toBe(100)
  })
})

describe('quarters and days in Asia/Shanghai', () => {
  it.each([
    ['2024-01-01', '2024-Q1'],
    ['2024-03-31', '2024-Q1'],
    ['2024-04-01', '2024-Q2'],
    ['2024-09-30', '2024-Q3'],
    ['2024-12-31', '2024-Q4'],
  ])('%s is in %s', (day, quarter) => {
    expect(quarterOf(day)).toBe(quarter)
  })

  it('counts the day in UTC+8 (16:30 UTC is already the next day)', () => {
    expect(shanghaiDay(new Date('2024-09-30T16:30:00Z'))).toBe('2024-10-01')
    expect(addDays('2024-12-20', 15)).toBe('2025-01-04')
  })
})

describe('appeals', () => {
  const decided = {
    status: 'decided' as const,
    decidedAt: '2024-09-20T08:00:00.000Z',
    isAppeal: false,
    hasAppeal: false,
  }

  it.each<[string, typeof decided, string, string | null]>([
    ['on the day of the decision', decided, '2024-09-20', null],
    ['on the 15th day after it', decided, '2024-10-05', null],
    ['on the 16th day after it', decided, '2024-10-06', 'RULE_APPEAL_WINDOW'],
    [
      'of an open case',
      { ...decided, status: 'open', decidedAt: null } as never,
      '2024-09-21',
      'RULE_APPEAL_UNDECIDED',
    ],
    ['a second time', { ...decided, hasAppeal: true }, '2024-09-21', 'RULE_ONE_APPEAL'],
    ['of an appeal', { ...decided, isAppeal: true }, '2024-09-21', 'RULE_ONE_APPEAL'],
  ])('filing %s: %s', (_, appealed, today, code) => {
    expect(appealRefusal(appealed, today, BOARD_CONFIG.appealDays)?.code ?? null).toBe(code)
  })

  it('counts the window from the day of the decision in Asia/Shanghai', () => {
    expect(appealDeadline('2024-09-20T15:30:00.000Z', 15)).toBe('2024-10-05')
    expect(appealDeadline('2024-09-20T16:30:00.000Z', 15)).toBe('2024-10-06')
  })

  it('names the first-panel members in a proposed appeal panel', () => {
    expect(firstPanelMembersIn(['x', 'b', 'y'], new Set(['a', 'b']))).toEqual(['b'])
    expect(firstPanelMembersIn(['x', 'y'], new Set(['a', 'b']))).toEqual([])
  })

  it.each<[VoteOutcome, VoteOutcome, number[]]>([
    ['exempt_full', 'reject', [4, 3]],
    ['exempt_full', 'exempt_partial', [2, 1.5]],
    ['exempt_partial', 'reject', [2, 1.5]],
    ['reject', 'exempt_partial', []],
    ['exempt_partial', 'exempt_full', []],
  ])('an appeal deciding %s after %s gives back %j more', (appeal, first, points) => {
    const claimed = [
      { itemCode: 'B2', points: 4 },
      { itemCode: 'C1', points: 3 },
    ]
    expect(appealReversal(appeal, first, claimed, BOARD_CONFIG.partialShare).map((l) => l.points)).toEqual(points)
  })
})
