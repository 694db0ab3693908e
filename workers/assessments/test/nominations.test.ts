import { env, exports } from 'cloudflare:workers'
import { ErrorBody, Nomination, Nominations } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { filingRefusal, periodFits } from '../src/rules/nominations'
import { quorumOf, simpleMajority } from '../src/rules/quorum'
import { asMember, CHAIR, E2, E3, E9, M_S1, M1, M2, place, QUARTER, S1, seedCaseWorld } from './case-fixtures'

const api = 'http://x/api/assessments'
const code = async (res: Response) => ErrorBody.parse(await res.json()).error.code
const post = async (path: string, headers: Record<string, string>, body: unknown) =>
  exports.default.fetch(`${api}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const head = () => asRole('station_head', place)
const star = (officerId: string, period = QUARTER) => ({
  kind: 'star_of_quarter',
  officerId,
  period,
  reason: 'Best quarter of the station',
})

let starId = ''

beforeAll(async () => {
  await seedCaseWorld()
  const closed = await post(`/quarters/${QUARTER}/close`, await head(), { stationId: S1 })
  if (closed.status !== 201) throw new Error(`close answered ${closed.status}`)
})

describe('nomination rules', () => {
  it.each([
    ['star_of_quarter', '2024-Q3', true],
    ['star_of_quarter', '2024', false],
    ['annual_commendation', '2024', true],
    ['promotion_preference', '2024-Q1', false],
  ] as const)('%s for %s fits: %s', (kind, period, fits) => {
    expect(periodFits(kind, period)).toBe(fits)
  })

  const base = {
    kind: 'annual_commendation' as const,
    frozenQuarters: 2,
    starsInStation: 0,
    approvedCommendations: 14,
    quota: 15,
  }
  it.each([
    [base, null],
    [{ ...base, approvedCommendations: 15 }, 'RULE_QUOTA'],
    [{ ...base, frozenQuarters: 0 }, 'RULE_NO_SNAPSHOT'],
    [{ ...base, kind: 'star_of_quarter' as const, starsInStation: 1 }, 'RULE_ONE_STAR'],
    [{ ...base, kind: 'star_of_quarter' as const, approvedCommendations: 99 }, null],
    [{ ...base, kind: 'promotion_preference' as const, approvedCommendations: 99 }, null],
  ])('%j is refused with %s', (input, refused) => {
    expect(filingRefusal(input)?.code ?? null).toBe(refused)
  })

  it.each([
    [{ approve: 2, reject: 1 }, 'approve'],
    [{ approve: 1, reject: 1 }, null],
    [{ approve: 0, reject: 3 }, 'reject'],
    [{ approve: 0, reject: 0 }, null],
  ])('votes %j decide %s', (counts, majority) => {
    expect(simpleMajority(counts)).toBe(majority)
  })

  it('counts the quorum of a nomination with the cases’ rule: recused seats and outsiders do not count', () => {
    const seats = [
      { memberId: 'a', recused: false },
      { memberId: 'b', recused: false },
      { memberId: 'c', recused: false },
      { memberId: 'd', recused: true },
    ]
    const count = quorumOf(seats, [{ memberId: 'a' }, { memberId: 'd' }, { memberId: 'x' }], {
      numerator: 2,
      denominator: 3,
    })
    expect(count).toMatchObject({ eligible: 3, recused: 1, needed: 2, cast: 1, quorumMet: false })
  })
})

describe('a star of the quarter before the board', () => {
  it('is filed with the frozen snapshot it rests on, and a panel with the station member recused', async () => {
    const res = await post('/nominations', await head(), star(E3))
    expect(res.status).toBe(201)
    const n = Nomination.parse(await res.json())
    starId = n.id
    expect(n.snapshot).toEqual([
      expect.objectContaining({ quarter: QUARTER, score: 100, rank: 1, grade: 'excellent', star: true }),
    ])
    expect(n.panel.find((s) => s.memberId === M_S1)).toMatchObject({ recused: true, conflicts: ['same_station'] })
    expect(n.tally).toMatchObject({ eligible: 3, needed: 2, quorumMet: false, blocker: 'RULE_QUORUM' })
  })

  it.each([
    [() => star(E2), 422, 'RULE_ONE_STAR'],
    [() => star(E3, '2024'), 400, 'PERIOD_MISMATCH'],
    [() => ({ ...star(E3), kind: 'annual_commendation', period: '2023' }), 404, 'NOT_FOUND'],
    [() => ({ ...star(E3), reason: '' }), 400, 'VALIDATION_FAILED'],
  ])('refuses a bad nomination %#: %i %s', async (body, status, expected) => {
    const res = await post('/nominations', await head(), body())
    expect(res.status).toBe(status)
    expect(await code(res)).toBe(expected)
  })

  it('refuses a nomination that rests on no frozen snapshot (422 RULE_NO_SNAPSHOT)', async () => {
    const res = await post('/nominations', await asRole('branch_admin'), {
      kind: 'annual_commendation',
      officerId: E9,
      period: '2024',
      reason: 'Year',
    })
    expect(res.status).toBe(422)
    expect(await code(res)).toBe('RULE_NO_SNAPSHOT')
  })

  it('is voted on with the same mechanics as a case: recused 403, early close 422, second vote 409', async () => {
    const recused = await post(`/nominations/${starId}/votes`, await asMember(M_S1), {
      outcome: 'approve',
      reason: 'yes',
    })
    expect(recused.status).toBe(403)
    expect(await code(recused)).toBe('RECUSED')
    const early = await post(`/nominations/${starId}/decision`, await asMember(CHAIR), { summary: 'Approved' })
    expect(await code(early)).toBe('RULE_QUORUM')
    expect(
      (await post(`/nominations/${starId}/votes`, await asMember(CHAIR), { outcome: 'approve', reason: 'Top score' }))
        .status,
    ).toBe(201)
    expect(
      (await post(`/nominations/${starId}/votes`, await asMember(M1), { outcome: 'approve', reason: 'Agreed' })).status,
    ).toBe(201)
    const again = await post(`/nominations/${starId}/votes`, await asMember(M1), {
      outcome: 'reject',
      reason: 'Changed my mind',
    })
    expect(again.status).toBe(409)
    const closed = await post(`/nominations/${starId}/decision`, await asMember(CHAIR), {
      summary: 'Star of the quarter',
    })
    expect(closed.status).toBe(201)
    expect(Nomination.parse(await closed.json()).decision).toMatchObject({ outcome: 'approve' })
    const late = await post(`/nominations/${starId}/votes`, await asMember(M2), { outcome: 'approve', reason: 'late' })
    expect(late.status).toBe(409)
  })

  it('lists nominations filtered by kind and status for the board', async () => {
    const res = await exports.default.fetch(`${api}/nominations?kind=star_of_quarter&status=decided`, {
      headers: await asRole('board_member'),
    })
    expect(Nominations.parse(await res.json()).nominations.map((n) => n.id)).toEqual([starId])
  })
})

describe('annual commendations within the branch quota', () => {
  it('refuses a commendation once 15 were approved that year (422 RULE_QUOTA)', async () => {
    for (let i = 0; i < 15; i++)
      await env.DB.prepare(
        "insert into nomination (id, kind, officer_id, station_id, period, snapshot, reason, filed_by, filed_at, deadline, status, outcome) values (?, 'annual_commendation', ?, ?, '2024', '[]', 'r', 'x', '2025-01-01', '2025-02-01', 'decided', 'approve')",
      )
        .bind(
          `01JD0000000000000000000Q${String(i).padStart(2, '0')}`,
          `01JD000000000000000000OF${String(i).padStart(2, '0')}`,
          S1,
        )
        .run()
    const res = await post('/nominations', await head(), {
      kind: 'annual_commendation',
      officerId: E3,
      period: '2024',
      reason: 'Year',
    })
    expect(res.status).toBe(422)
    expect(await code(res)).toBe('RULE_QUOTA')
  })
})
