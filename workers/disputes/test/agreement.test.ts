import { env, exports } from 'cloudflare:workers'
import { ErrorBody, MediationAgreement } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { checkAgreement } from '../src/rules/agreement'
import { F01, S01, submitted } from './intake-helpers'

const ledger = async (path: string, body: unknown, headers: Record<string, string>) =>
  exports.default.fetch(`http://x/api/disputes/ledger/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const officer = () => asRole('officer', { stationId: S01, officerId: F01 })

async function assigned() {
  const dispute = await submitted()
  const { id } = (await env.DB.prepare('SELECT id FROM dispute WHERE reference = ?')
    .bind(dispute.reference)
    .first<{ id: string }>()) as { id: string }
  await ledger(`${id}/triage`, { jurisdiction: 'police', complexity: 'simple' }, await asRole('mediator'))
  return { ...dispute, id }
}

const auditCount = async (id: string) =>
  (
    await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM audit_log WHERE entity_id = ? AND action = 'dispute.agreement.viewed'",
    )
      .bind(id)
      .first<{ n: number }>()
  )?.n

describe('the agreement rule', () => {
  it.each([
    { state: 'closed', outcome: 'agreement', closedAt: '2026-11-01T00:00:00Z', refusal: null },
    { state: 'closed', outcome: 'withdrawn', closedAt: '2026-11-01T00:00:00Z', refusal: 'RULE_NO_AGREEMENT' },
    { state: 'closed', outcome: 'to_court', closedAt: '2026-11-01T00:00:00Z', refusal: 'RULE_NO_AGREEMENT' },
    { state: 'assigned', outcome: null, closedAt: null, refusal: 'RULE_NO_AGREEMENT' },
  ])('$state with $outcome → $refusal', ({ refusal, ...dispute }) => {
    expect(checkAgreement(dispute)?.code ?? null).toBe(refusal)
  })
})

describe('POST /api/disputes/ledger/{id}/agreement', () => {
  it('gives the holder the agreement from the record, terms included, and audits each view', async () => {
    const { id, reference } = await assigned()
    const terms = '楼上住户于12月1日前修好漏水管道，并赔偿楼下住户500元。'
    await ledger(`${id}/close`, { outcome: 'agreement', agreementTerms: terms }, await officer())
    const res = await ledger(`${id}/agreement`, undefined, await officer())
    expect(res.status).toBe(200)
    const agreement = MediationAgreement.parse(await res.json())
    expect(agreement).toMatchObject({
      reference,
      terms,
      applicant: { name: '王秀英', phone: '13812341234' },
      otherParties: [{ name: '李建国', phone: '13987654321' }],
      address: '东四北大街 88 号 3 单元 502',
    })
    expect(await auditCount(id)).toBe(1)
    await ledger(`${id}/agreement`, undefined, await officer())
    expect(await auditCount(id)).toBe(2)
  })

  it('keeps the terms sealed at rest', async () => {
    const { id } = await assigned()
    await ledger(`${id}/close`, { outcome: 'agreement', agreementTerms: '赔偿八百八十八元整' }, await officer())
    const row = await env.DB.prepare('SELECT agreement_sealed FROM dispute WHERE id = ?')
      .bind(id)
      .first<{ agreement_sealed: string }>()
    expect(row?.agreement_sealed).toBeTruthy()
    expect(row?.agreement_sealed).not.toContain('八百八十八')
  })

  it('without terms typed in, leaves them to be written by hand', async () => {
    const { id } = await assigned()
    await ledger(`${id}/close`, { outcome: 'agreement' }, await officer())
    const agreement = MediationAgreement.parse(
      await (await ledger(`${id}/agreement`, undefined, await officer())).json(),
    )
    expect(agreement.terms).toBeNull()
  })

  it('refuses anyone but the holder (422 RULE_HOLDER_ONLY) and writes no audit row', async () => {
    const { id } = await assigned()
    await ledger(`${id}/close`, { outcome: 'agreement' }, await officer())
    const res = await ledger(`${id}/agreement`, undefined, await asRole('mediator'))
    expect(res.status).toBe(422)
    expect(ErrorBody.parse(await res.json()).error.code).toBe('RULE_HOLDER_ONLY')
    expect(await auditCount(id)).toBe(0)
  })

  it('refuses a dispute not closed with an agreement (422 RULE_NO_AGREEMENT)', async () => {
    const { id } = await assigned()
    const open = await ledger(`${id}/agreement`, undefined, await officer())
    expect(ErrorBody.parse(await open.json()).error.code).toBe('RULE_NO_AGREEMENT')
    await ledger(`${id}/close`, { outcome: 'withdrawn' }, await officer())
    const withdrawn = await ledger(`${id}/agreement`, undefined, await officer())
    expect(withdrawn.status).toBe(422)
  })

  it('another station’s dispute → 404; terms too short → 400', async () => {
    const { id } = await assigned()
    const other = await ledger(
      `${id}/agreement`,
      undefined,
      await asRole('team_leader', { stationId: '01JD0000000000000000000S02' }),
    )
    expect(other.status).toBe(404)
    const short = await ledger(`${id}/close`, { outcome: 'agreement', agreementTerms: 'x' }, await officer())
    expect(short.status).toBe(400)
  })
})
