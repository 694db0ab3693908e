import { env, exports } from 'cloudflare:workers'
import { type CastVote, ErrorBody, ExemptionCase } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { beforeAll, describe, expect, it } from 'vitest'
import { aCase, asMember, CHAIR, E2, M_S1, place, seedCaseWorld } from './case-fixtures'

// A board of nine (chair, seven branch members, one member serving in S1): a first panel of the
// chair and four members, and members left for an appeal.
beforeAll(() => seedCaseWorld({ largeBoard: true }))

const url = (path = '') => `http://x/api/assessments/exemption-cases${path}`
const post = async (path: string, headers: Record<string, string>, body: unknown) =>
  exports.default.fetch(url(path), {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
const asHead = () => asRole('station_head', place)
const read = async (res: Response) => ExemptionCase.parse(await res.json())
const code = async (res: Response) => ErrorBody.parse(await res.json()).error.code
const reasons: CastVote['reasons'] = {
  lawfulDuty: 'On duty',
  accidentOrForceMajeure: 'The storm',
  noSeriousConsequence: 'Nothing lost',
}
const seated = (item: ExemptionCase) => item.panel.filter((s) => !s.recused).map((s) => s.memberId)
const vote = async (memberId: string, caseId: string, outcome: CastVote['outcome']) =>
  post(`/${caseId}/votes`, await asMember(memberId), { outcome, reasons })
const close = async (caseId: string) => post(`/${caseId}/decision`, await asMember(CHAIR), { summary: 'Decided.' })

/** Files a case and lets every seated member vote `outcome`, then the chair closes it. */
async function decided(outcome: CastVote['outcome'], body = aCase()) {
  const filed = await read(await post('', await asHead(), body))
  for (const memberId of seated(filed)) await vote(memberId, filed.id, outcome)
  const res = await close(filed.id)
  expect(res.status).toBe(201)
  return read(res)
}

describe('appealing a decision', () => {
  let first: ExemptionCase
  let appeal: ExemptionCase

  beforeAll(async () => {
    first = await decided('reject')
  })

  it('draws the first panel: the chair and four members, the S1 member recused', () => {
    expect(seated(first)).toHaveLength(5)
    expect(seated(first)).toContain(CHAIR)
    expect(first.panel.find((s) => s.memberId === M_S1)).toMatchObject({ recused: true })
    expect(first.decision).toMatchObject({ outcome: 'reject', adjustments: [] })
    expect(first.appealDeadline).not.toBeNull()
  })

  it('refuses an appeal of an open case (422 RULE_APPEAL_UNDECIDED)', async () => {
    const open = await read(await post('', await asHead(), aCase()))
    const res = await post(`/${open.id}/appeal`, await asHead(), { grounds: 'Too early' })
    expect(res.status).toBe(422)
    expect(await code(res)).toBe('RULE_APPEAL_UNDECIDED')
  })

  it('refuses a proposed appeal panel holding a first-panel member (422 RULE_APPEAL_PANEL)', async () => {
    const res = await post(`/${first.id}/appeal`, await asHead(), {
      grounds: 'New evidence',
      panel: [seated(first)[1]],
    })
    expect(res.status).toBe(422)
    expect(await code(res)).toBe('RULE_APPEAL_PANEL')
  })

  it('files the appeal to a panel without any first-panel member', async () => {
    const res = await post(`/${first.id}/appeal`, await asHead(), { grounds: 'The storm warning was missed' })
    expect(res.status).toBe(201)
    appeal = await read(res)
    expect(appeal).toMatchObject({ appealOf: first.id, status: 'open', grounds: 'The storm warning was missed' })
    const firstPanel = new Set(first.panel.map((s) => s.memberId))
    expect(appeal.panel.length).toBeGreaterThan(0)
    expect(appeal.panel.filter((s) => firstPanel.has(s.memberId))).toEqual([])
    expect(appeal.tally).toMatchObject({ eligible: 3, needed: 2 })
    expect(appeal.deductions).toEqual(first.deductions)
  })

  it('refuses a second appeal, and an appeal of the appeal (422 RULE_ONE_APPEAL)', async () => {
    expect(await code(await post(`/${first.id}/appeal`, await asHead(), { grounds: 'Again' }))).toBe('RULE_ONE_APPEAL')
    expect(await code(await post(`/${appeal.id}/appeal`, await asHead(), { grounds: 'Again' }))).toBe('RULE_ONE_APPEAL')
  })

  it('lets no first-panel member vote on the appeal (403 NOT_ON_PANEL)', async () => {
    const res = await vote(seated(first)[1] as string, appeal.id, 'reject')
    expect(res.status).toBe(403)
    expect(await code(res)).toBe('NOT_ON_PANEL')
  })

  it('decides the appeal with its own quorum; the exemption reverses the deductions', async () => {
    const [a, b] = seated(appeal) as [string, string]
    await vote(a, appeal.id, 'exempt_full')
    await vote(b, appeal.id, 'exempt_full')
    const res = await close(appeal.id)
    expect(res.status).toBe(201)
    const done = await read(res)
    expect(done.decision).toMatchObject({
      outcome: 'exempt_full',
      adjustments: [
        { itemCode: 'B2', points: 4 },
        { itemCode: 'C1', points: 2 },
      ],
    })
    expect(done.officerScore).toMatchObject({ score: 100, rank: 1 })
    expect((await read(await exports.default.fetch(url(`/${first.id}`), { headers: await asHead() }))).appealId).toBe(
      appeal.id,
    )
  })

  it('refuses an appeal filed after 15 days (422 RULE_APPEAL_WINDOW)', async () => {
    const late = await decided('reject', aCase({ officerId: E2, deductions: [{ itemCode: 'A1', points: 3 }] }))
    const sixteenDaysAgo = new Date(Date.now() - 16 * 24 * 60 * 60 * 1000).toISOString()
    await env.DB.prepare('UPDATE exemption_case SET decided_at = ? WHERE id = ?').bind(sixteenDaysAgo, late.id).run()
    const res = await post(`/${late.id}/appeal`, await asHead(), { grounds: 'Late' })
    expect(res.status).toBe(422)
    expect(await code(res)).toBe('RULE_APPEAL_WINDOW')
  })
})
