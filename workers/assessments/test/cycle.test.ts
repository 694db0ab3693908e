import { exports } from 'cloudflare:workers'
import {
  AnnualEvaluation,
  Consequence,
  ErrorBody,
  ExemptionCase,
  MonthlyNotice,
  OfficerHistory,
  QuarterSnapshot,
  StationScores,
  WeeklySummary,
} from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { mondayOf } from '../src/routes/cycle/cycle.handlers'
import { consequenceFor, excellentQuota, gradeQuarter, proposeConsequences } from '../src/rules/grades'
import { aCase, asMember, CHAIR, E1, E2, E3, M1, place, QUARTER, S1 } from './case-fixtures'
import { BROKEN, seedScoringWorld } from './scoring-fixtures'

beforeAll(() => seedScoringWorld())

const api = 'http://x/api/assessments'
const code = async (res: Response) => ErrorBody.parse(await res.json()).error.code
const post = async (path: string, headers: Record<string, string>, body: unknown) =>
  exports.default.fetch(`${api}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const get = async (path: string, headers: Record<string, string>) => exports.default.fetch(`${api}${path}`, { headers })
const head = () => asRole('station_head', place)
const scores = async () =>
  StationScores.parse(await (await get(`/scores?quarter=${QUARTER}`, await head())).json()).scores
const snapshot = async () =>
  QuarterSnapshot.parse(await (await get(`/quarters/${QUARTER}/snapshot`, await head())).json())

describe('grades, star and consequences', () => {
  it.each([
    [0, 0],
    [1, 1],
    [3, 1],
    [5, 1],
    [10, 2],
    [14, 2],
    [15, 3],
  ])('%i officers leave room for %i excellent', (officers, quota) => {
    expect(excellentQuota(officers, { numerator: 1, denominator: 5 })).toBe(quota)
  })

  const ranked = (...scores: number[]) => scores.map((score, i) => ({ officerId: `O${i}`, score, basePoints: 100 }))

  it.each([
    [
      [100, 97, 94],
      ['excellent', 'ordinary', 'ordinary'],
      [true, false, false],
    ],
    [
      [98, 98, 90],
      ['ordinary', 'ordinary', 'ordinary'],
      [false, false, false],
    ],
    [
      [99, 98, 98, 90, 80, 70, 60, 50, 40, 30],
      [
        'excellent',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
      ],
      [true, false, false, false, false, false, false, false, false, false],
    ],
    [
      [99, 98, 97, 90, 80, 70, 60, 50, 40, 30],
      [
        'excellent',
        'excellent',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
        'ordinary',
      ],
      [true, false, false, false, false, false, false, false, false, false],
    ],
  ])(
    'scores %j are graded %j (star %j): the quota is never exceeded, a tie at the top names no star',
    (scores, grades, stars) => {
      const graded = gradeQuarter(ranked(...scores), { numerator: 1, denominator: 5 })
      expect(ranked(...scores).map((r) => graded.get(r.officerId)?.grade)).toEqual(grades)
      expect(ranked(...scores).map((r) => graded.get(r.officerId)?.star)).toEqual(stars)
    },
  )

  const rule = { bottomCount: 1, supervisionBelow: 70, talkBelow: 85 }
  it.each([
    [69.5, 'supervision'],
    [70, 'reminder_talk'],
    [84, 'reminder_talk'],
    [85, 'card_warning'],
    [99, 'card_warning'],
  ])('a bottom score of %d proposes %s', (score, kind) => {
    expect(consequenceFor(score, rule)).toBe(kind)
  })

  it.each([
    [[100, 97, 94], ['O2']],
    [[100, 94, 94], []],
    [[100], []],
    [[100, 100, 100], []],
    [[90, 60], ['O1']],
  ])('at the bottom of %j the rule proposes a consequence for %j', (scores, expected) => {
    const rows = ranked(...scores)
    const grades = gradeQuarter(rows, { numerator: 1, denominator: 5 })
    expect(proposeConsequences(rows, grades, rule).map((p) => p.officerId)).toEqual(expected)
  })

  it.each([
    ['2024-08-14', '2024-08-12'],
    ['2024-08-12', '2024-08-12'],
    ['2024-08-18', '2024-08-12'],
    ['2024-09-01', '2024-08-26'],
  ])('the week of %s starts on %s', (day, monday) => {
    expect(mondayOf(day)).toBe(monday)
  })
})

describe('the weekly summary, monthly notice and annual evaluation', () => {
  it("gives the week's hours and tasks from the officers worker, and the week's deductions", async () => {
    const week = WeeklySummary.parse(await (await get('/cycle/weekly?week=2024-08-21', await head())).json())
    expect(week).toMatchObject({ from: '2024-08-19', to: '2024-08-25', unavailable: [] })
    expect(week.officers.find((o) => o.officerId === E1)).toMatchObject({
      communityHours: 117,
      tasksDue: 10,
      tasksDone: 9,
      deductions: 2,
      pointsDeducted: 6,
    })
  })

  it('still answers when the officers worker fails, naming it and leaving its columns empty', async () => {
    const res = await get(`/cycle/weekly?week=2024-08-21&station=${BROKEN}`, await asRole('branch_admin'))
    expect(res.status).toBe(200)
    const week = WeeklySummary.parse(await res.json())
    expect(week.unavailable).toEqual(['officers'])
    expect(week.officers[0]).toMatchObject({ communityHours: null, tasksDue: null })
  })

  it("gives each officer's quarter score and rank so far with the month's deductions", async () => {
    const notice = MonthlyNotice.parse(await (await get('/cycle/monthly?month=2024-08', await head())).json())
    expect(notice.quarter).toBe('2024-Q3')
    expect(notice.officers.map((o) => [o.officerId, o.score, o.rank, o.deductedThisMonth])).toEqual([
      [E3, 100, 1, 0],
      [E2, 97, 2, 3],
      [E1, 94, 3, 6],
    ])
  })
})

describe('closing a quarter freezes the scores into a snapshot', () => {
  it('refuses to close a quarter that has not ended (422)', async () => {
    const res = await post('/quarters/2999-Q1/close', await head(), { stationId: S1 })
    expect(res.status).toBe(422)
    expect(await code(res)).toBe('RULE_QUARTER_NOT_ENDED')
  })

  it('freezes score, rank, grade and star with the inputs used, and proposes a consequence for the bottom', async () => {
    const res = await post(`/quarters/${QUARTER}/close`, await head(), { stationId: S1 })
    expect(res.status).toBe(201)
    const snap = QuarterSnapshot.parse(await res.json())
    expect(snap.rows.map((r) => [r.officerId, r.score, r.rank, r.grade, r.star])).toEqual([
      [E3, 100, 1, 'excellent', true],
      [E2, 97, 2, 'ordinary', false],
      [E1, 94, 3, 'ordinary', false],
    ])
    expect(
      snap.rows.find((r) => r.officerId === E1)?.inputs.deductions.map((d) => [d.itemCode, d.points, d.weightPct]),
    ).toEqual([
      ['B2', 4, 100],
      ['C1', 2, 100],
    ])
    expect(snap.consequences.map((c) => [c.officerId, c.kind, c.status])).toEqual([[E1, 'card_warning', 'proposed']])
  })

  it('refuses a second close (409), new deductions and recomputation (422 RULE_QUARTER_FROZEN)', async () => {
    const again = await post(`/quarters/${QUARTER}/close`, await head(), { stationId: S1 })
    expect(again.status).toBe(409)
    const rated = await post(`/officers/${E2}/deductions`, await asRole('team_leader', place), {
      quarter: QUARTER,
      itemCode: 'D1',
      points: 2,
      reason: 'late',
    })
    expect(rated.status).toBe(422)
    expect(await code(rated)).toBe('RULE_QUARTER_FROZEN')
    const computed = await post(`/quarters/${QUARTER}/computed-items`, await head(), { stationId: S1 })
    expect(await code(computed)).toBe('RULE_QUARTER_FROZEN')
    expect((await scores()).map((s) => [s.officerId, s.score, s.frozen])).toEqual([
      [E3, 100, true],
      [E2, 97, true],
      [E1, 94, true],
    ])
  })

  it('adds a later exemption as an adjustment pointing at the case: the ranking moves, the snapshot does not', async () => {
    const filed = ExemptionCase.parse(await (await post('/exemption-cases', await head(), aCase())).json())
    for (const member of [CHAIR, M1])
      await post(`/exemption-cases/${filed.id}/votes`, await asMember(member), {
        outcome: 'exempt_full',
        reasons: { lawfulDuty: 'on duty', accidentOrForceMajeure: 'storm', noSeriousConsequence: 'none' },
      })
    const closed = await post(`/exemption-cases/${filed.id}/decision`, await asMember(CHAIR), {
      summary: 'Exempt in full',
    })
    expect(closed.status).toBe(201)
    const e1 = (await scores()).find((s) => s.officerId === E1)
    expect(e1).toMatchObject({ deducted: 6, adjusted: 6, score: 100, rank: 1, frozen: true })
    const frozen = (await snapshot()).rows.find((r) => r.officerId === E1)
    expect(frozen).toMatchObject({ score: 94, rank: 3, adjusted: 0 })
    expect(frozen?.inputs.adjustments).toEqual([])
    const history = OfficerHistory.parse(await (await get(`/officers/${E1}/history`, await head())).json())
    expect(history.quarters).toEqual([
      expect.objectContaining({
        quarter: QUARTER,
        score: 100,
        rank: 1,
        frozen: true,
        adjusted: 6,
        communityHours: 117,
      }),
    ])
    expect(history.earlierCases.map((k) => k.outcome)).toEqual(['exempt_full'])
  })

  it('lets the station head confirm or withdraw the proposal, with a reason, once', async () => {
    const [proposal] = (await snapshot()).consequences
    if (!proposal) throw new Error('no proposal')
    const missing = await post(`/consequences/${proposal.id}/decision`, await head(), { decision: 'withdraw' })
    expect(missing.status).toBe(400)
    const res = await post(`/consequences/${proposal.id}/decision`, await head(), {
      decision: 'withdraw',
      reason: 'The deductions were exempted',
    })
    expect(res.status).toBe(201)
    expect(Consequence.parse(await res.json())).toMatchObject({
      status: 'withdrawn',
      reason: 'The deductions were exempted',
    })
    const again = await post(`/consequences/${proposal.id}/decision`, await head(), {
      decision: 'confirm',
      reason: 'x',
    })
    expect(again.status).toBe(409)
    const other = await post(
      `/consequences/${proposal.id}/decision`,
      await asRole('station_head', { stationId: '01JD00000000000000000000S2' }),
      { decision: 'confirm', reason: 'x' },
    )
    expect(other.status).toBe(404)
  })

  it('evaluates the year from the frozen quarter and its later adjustments', async () => {
    const year = AnnualEvaluation.parse(await (await get('/cycle/annual?year=2024', await head())).json())
    expect(year.officers.find((o) => o.officerId === E3)).toMatchObject({ average: 100, rank: 1, excellentQuarters: 1 })
    expect(year.officers.find((o) => o.officerId === E2)).toMatchObject({ average: 97, rank: 3 })
  })
})
