import { env, exports } from 'cloudflare:workers'
import { type CastVote, ErrorBody, ExemptionCase, StationScores } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  aCase,
  asMember,
  CHAIR,
  E1,
  E2,
  E3,
  E9,
  M_RETIRED,
  M_S1,
  M1,
  M2,
  place,
  QUARTER,
  S1,
  S2,
  seedCaseWorld,
} from './case-fixtures'

beforeAll(() => seedCaseWorld())

const url = (path = '') => `http://x/api/assessments/exemption-cases${path}`
const post = async (path: string, headers: Record<string, string>, body: unknown, extra: Record<string, string> = {}) =>
  exports.default.fetch(url(path), {
    method: 'POST',
    headers: { ...headers, ...extra, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const asHead = () => asRole('station_head', place)
const code = async (res: Response) => ErrorBody.parse(await res.json()).error.code

const fileAs = async (headers: Record<string, string>, body = aCase()) => post('', headers, body)
const reasons = (why: string): CastVote['reasons'] => ({
  lawfulDuty: `${why}: on duty`,
  accidentOrForceMajeure: `${why}: the storm`,
  noSeriousConsequence: `${why}: nothing lost`,
})
const voteAs = (memberId: string, caseId: string, outcome: CastVote['outcome'] = 'exempt_full') =>
  asMember(memberId).then((h) => post(`/${caseId}/votes`, h, { outcome, reasons: reasons(memberId) }))
const closeAs = (memberId: string, caseId: string) =>
  asMember(memberId).then((h) => post(`/${caseId}/decision`, h, { summary: 'All three criteria are met.' }))
const scoresOf = async (stationId: string) => {
  const res = await exports.default.fetch(`http://x/api/assessments/scores?station=${stationId}&quarter=${QUARTER}`, {
    headers: await asMember(CHAIR),
  })
  return StationScores.parse(await res.json()).scores
}

describe('filing an exemption case', () => {
  it('lets the station head file for an officer of the station, drawing the panel with recusals', async () => {
    const res = await fileAs(await asHead())
    expect(res.status).toBe(201)
    const filed = ExemptionCase.parse(await res.json())
    expect(filed).toMatchObject({
      officerId: E1,
      stationId: S1,
      quarter: QUARTER,
      status: 'open',
      filedByRole: 'station_head',
    })
    expect(filed.panel.map((s) => [s.memberId, s.recused, s.conflicts])).toEqual([
      [CHAIR, false, []],
      [M1, false, []],
      [M2, false, []],
      [M_S1, true, ['same_station']],
    ])
    expect(filed.panel.map((s) => s.memberId)).not.toContain(M_RETIRED)
    expect(filed.tally).toMatchObject({ panel: 4, recused: 1, eligible: 3, needed: 2, cast: 0, blocker: 'RULE_QUORUM' })
    expect(filed.deductions).toEqual([
      { itemCode: 'B2', itemName: { zh: '考核项B2', en: 'Item B2' }, points: 4, maxPoints: 5 },
      { itemCode: 'C1', itemName: { zh: '考核项C1', en: 'Item C1' }, points: 2, maxPoints: 10 },
    ])
  })

  it('lets the officer file the own case, and the team leader one of the station', async () => {
    expect(
      (await fileAs(await asRole('officer', place), aCase({ deductions: [{ itemCode: 'C1', points: 1 }] }))).status,
    ).toBe(201)
    const byLeader = await fileAs(
      await asRole('team_leader', place),
      aCase({ officerId: E2, deductions: [{ itemCode: 'A1', points: 3 }] }),
    )
    expect(byLeader.status).toBe(201)
  })

  it('answers 404 for an officer of another station, and for another officer filed by an officer', async () => {
    expect(
      (await fileAs(await asHead(), aCase({ officerId: E9, deductions: [{ itemCode: 'A1', points: 1 }] }))).status,
    ).toBe(404)
    expect((await fileAs(await asRole('officer', place), aCase({ officerId: E2 }))).status).toBe(404)
  })

  it.each([
    ['above the item maximum', { itemCode: 'B2', points: 6 }],
    ['an item not on the scorecard', { itemCode: 'Z9', points: 1 }],
  ])('answers 400 POINTS_OUT_OF_RANGE for points %s', async (_, line) => {
    const res = await fileAs(await asHead(), aCase({ deductions: [line] }))
    expect(res.status).toBe(400)
    expect(await code(res)).toBe('POINTS_OUT_OF_RANGE')
  })

  it('answers 400 for zero points or a missing criterion (schema)', async () => {
    expect((await fileAs(await asHead(), aCase({ deductions: [{ itemCode: 'B2', points: 0 }] }))).status).toBe(400)
    const { criteria, ...rest } = aCase()
    expect(
      (await fileAs(await asHead(), { ...rest, criteria: { ...criteria, noSeriousConsequence: '' } } as never)).status,
    ).toBe(400)
  })

  it('refuses (422) to reverse more points than were deducted from the officer', async () => {
    const res = await fileAs(await asHead(), aCase({ deductions: [{ itemCode: 'A1', points: 1 }] }))
    expect(res.status).toBe(422)
    expect(await code(res)).toBe('RULE_DEDUCTION_NOT_RECORDED')
  })

  it('recuses a member the filer declares a tie with', async () => {
    const res = await fileAs(
      await asHead(),
      aCase({ declaredTies: [{ memberId: M2, kind: 'supervisor', note: 'Former team leader' }] }),
    )
    const filed = ExemptionCase.parse(await res.json())
    expect(filed.panel.find((s) => s.memberId === M2)).toMatchObject({ recused: true, conflicts: ['supervisor'] })
    expect(filed.tally).toMatchObject({ eligible: 2, needed: 2 })
    expect((await voteAs(M2, filed.id)).status).toBe(403)
  })

  it('files once per Idempotency-Key: a retry answers with the same case', async () => {
    const headers = await asHead()
    const first = ExemptionCase.parse(
      await (await post('', headers, aCase(), { 'Idempotency-Key': 'file-once-0001' })).json(),
    )
    const again = await post('', headers, aCase(), { 'Idempotency-Key': 'file-once-0001' })
    expect(again.status).toBe(201)
    expect(ExemptionCase.parse(await again.json()).id).toBe(first.id)
  })
})

describe('deciding a case: three members vote, a conflicted fourth cannot, the chair closes', async () => {
  let caseId = ''
  beforeAll(async () => {
    caseId = ExemptionCase.parse(await (await fileAs(await asHead())).json()).id
  })

  it('refuses the conflicted member (403 RECUSED) and a member not on the panel (403 NOT_ON_PANEL)', async () => {
    const recused = await voteAs(M_S1, caseId)
    expect(recused.status).toBe(403)
    expect(await code(recused)).toBe('RECUSED')
    const outsider = await voteAs(M_RETIRED, caseId)
    expect(outsider.status).toBe(403)
    expect(await code(outsider)).toBe('NOT_ON_PANEL')
  })

  it('refuses votes from roles outside the board (403)', async () => {
    const res = await post(`/${caseId}/votes`, await asHead(), { outcome: 'reject', reasons: reasons('head') })
    expect(res.status).toBe(403)
  })

  it('refuses to close before the quorum (422 RULE_QUORUM), even with one vote in', async () => {
    expect((await voteAs(M1, caseId)).status).toBe(201)
    const res = await closeAs(CHAIR, caseId)
    expect(res.status).toBe(422)
    expect(await code(res)).toBe('RULE_QUORUM')
  })

  it('refuses a second vote of the same member (409), keeping the first', async () => {
    const res = await voteAs(M1, caseId, 'reject')
    expect(res.status).toBe(409)
    expect(await code(res)).toBe('VOTE_ALREADY_CAST')
  })

  it('counts the other votes and shows the tally and the viewer', async () => {
    expect((await voteAs(M2, caseId)).status).toBe(201)
    const res = await voteAs(CHAIR, caseId, 'exempt_partial')
    const voted = ExemptionCase.parse(await res.json())
    expect(voted.tally).toMatchObject({
      cast: 3,
      quorumMet: true,
      counts: { exempt_full: 2, exempt_partial: 1, reject: 0 },
      majority: 'exempt_full',
      blocker: null,
    })
    expect(voted.viewer).toEqual({ memberId: CHAIR, chair: true, onPanel: true, recused: false, voted: true })
    expect(voted.votes.map((v) => v.reasons.accidentOrForceMajeure)).toContain(`${M1}: the storm`)
  })

  it('lets only the chair close (403 for a member)', async () => {
    expect((await closeAs(M1, caseId)).status).toBe(403)
  })

  it('closes with the majority, reverses the named deductions and re-ranks the station', async () => {
    const before = await scoresOf(S1)
    expect(before.find((s) => s.officerId === E1)).toMatchObject({ score: 94, rank: 3 })
    const res = await closeAs(CHAIR, caseId)
    expect(res.status).toBe(201)
    const decided = ExemptionCase.parse(await res.json())
    expect(decided.status).toBe('decided')
    expect(decided.decision).toMatchObject({
      outcome: 'exempt_full',
      summary: 'All three criteria are met.',
      decidedBy: CHAIR,
      adjustments: [
        { itemCode: 'B2', points: 4, quarter: QUARTER },
        { itemCode: 'C1', points: 2, quarter: QUARTER },
      ],
    })
    expect(decided.officerScore).toEqual({ score: 100, rank: 1, officers: 3 })
    const after = await scoresOf(S1)
    expect(after.map((s) => [s.officerId, s.score, s.rank])).toEqual([
      [E1, 100, 1],
      [E3, 100, 1],
      [E2, 97, 3],
    ])
    expect(after.find((s) => s.officerId === E1)).toMatchObject({ deducted: 6, adjusted: 6 })
  })

  it('refuses votes and a second close once decided (409 CASE_DECIDED)', async () => {
    expect(await code(await closeAs(CHAIR, caseId))).toBe('CASE_DECIDED')
  })
})

describe('a rejected case changes no score', () => {
  it('closes as rejected without adjustments', async () => {
    const filed = ExemptionCase.parse(
      await (
        await fileAs(await asHead(), aCase({ officerId: E2, deductions: [{ itemCode: 'A1', points: 3 }] }))
      ).json(),
    )
    await voteAs(M1, filed.id, 'reject')
    await voteAs(M2, filed.id, 'reject')
    const decided = ExemptionCase.parse(await (await closeAs(CHAIR, filed.id)).json())
    expect(decided.decision).toMatchObject({ outcome: 'reject', adjustments: [] })
    expect((await scoresOf(S1)).find((s) => s.officerId === E2)).toMatchObject({ score: 97 })
  })
})

describe('reading cases', () => {
  it('lists the queue of the own station for a station head, open first', async () => {
    const res = await exports.default.fetch(url(), { headers: await asHead() })
    const { cases } = (await res.json()) as { cases: { stationId: string; status: string }[] }
    expect(cases.length).toBeGreaterThan(0)
    expect(new Set(cases.map((c) => c.stationId))).toEqual(new Set([S1]))
    const statuses = cases.map((c) => c.status)
    expect(statuses).toContain('decided')
    expect(statuses).toEqual([...statuses.filter((s) => s === 'open'), ...statuses.filter((s) => s === 'decided')])
  })

  it('filters by status, and answers 404 for another station', async () => {
    const res = await exports.default.fetch(url('?status=decided'), { headers: await asMember(CHAIR) })
    const { cases } = (await res.json()) as { cases: { status: string }[] }
    expect(cases.length).toBeGreaterThan(0)
    expect(cases.every((c) => c.status === 'decided')).toBe(true)
    expect((await exports.default.fetch(url(`?station=${S2}`), { headers: await asHead() })).status).toBe(404)
  })

  it('answers 404 for a case of another station to a station-scoped actor', async () => {
    const { cases } = (await (await exports.default.fetch(url(), { headers: await asHead() })).json()) as {
      cases: { id: string }[]
    }
    const id = cases[0]?.id ?? ''
    const other = await asRole('station_head', { stationId: S2 })
    expect((await exports.default.fetch(url(`/${id}`), { headers: other })).status).toBe(404)
    expect((await exports.default.fetch(url(`/${id}`), { headers: await asHead() })).status).toBe(200)
  })

  it("shows an officer the own cases only (another officer's answers 404)", async () => {
    const res = await exports.default.fetch(url(), { headers: await asRole('officer', { ...place, officerId: E3 }) })
    expect(((await res.json()) as { cases: unknown[] }).cases).toEqual([])
  })
})

describe('the deductions recorded against an officer', () => {
  const deductionsOf = async (officerId: string, headers: Record<string, string>) =>
    exports.default.fetch(`http://x/api/assessments/officers/${officerId}/deductions?quarter=${QUARTER}`, { headers })

  it('lists them for the own station', async () => {
    const res = await deductionsOf(E1, await asHead())
    expect(res.status).toBe(200)
    const body = (await res.json()) as { deductions: { itemCode: string; points: number }[] }
    expect(body.deductions.map((d) => [d.itemCode, d.points])).toEqual([
      ['B2', 4],
      ['C1', 2],
    ])
  })

  it("answers 404 for another station's officer", async () => {
    expect((await deductionsOf(E9, await asHead())).status).toBe(404)
  })
})

describe('the audit trail of the cases', () => {
  it('holds a chained row for every filing, vote and decision, and the chain verifies', async () => {
    const { results } = await env.DB.prepare('SELECT action, count(*) AS n FROM audit_log GROUP BY action').all<{
      action: string
      n: number
    }>()
    const byAction = Object.fromEntries(results.map((r) => [r.action, r.n]))
    expect(byAction['exemption.file']).toBeGreaterThanOrEqual(5)
    expect(byAction['exemption.vote']).toBe(5)
    expect(byAction['exemption.decide']).toBe(2)
    const res = await exports.default.fetch('http://x/api/assessments/audit/verify', {
      headers: await asRole('auditor'),
    })
    expect(await res.json()).toMatchObject({ ok: true, firstBroken: null })
  })
})
