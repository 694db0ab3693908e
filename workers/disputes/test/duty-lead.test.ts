import { env, exports } from 'cloudflare:workers'
import { Ledger } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { C01, S01 } from './intake-helpers'

const handover = (handoverId: string) => ({
  handoverId,
  communityId: C01,
  stationId: S01,
  gridId: null,
  summary: '两家商户因占道经营争执',
  reportedOn: '2026-10-06',
})
const count = async (sql: string, ...params: unknown[]) =>
  Number(
    (
      await env.DB.prepare(sql)
        .bind(...params)
        .first()
    )?.n,
  )
const ledger = async () =>
  Ledger.parse(
    await (
      await exports.default.fetch('http://x/api/disputes/ledger', {
        headers: await asRole('station_head', { stationId: S01 }),
      })
    ).json(),
  )

describe('RPC leadFromDutyProblem: a dispute lead found on joint-defence duty', () => {
  it('records a lead from the community on the ledger, at the desk, with a reference', async () => {
    const lead = await exports.default.leadFromDutyProblem(handover('01JD0000000000000000000HD1'))
    expect(lead.reference).toMatch(/\S/)
    const row = (await ledger()).disputes.find((d) => d.id === lead.disputeId)
    expect(row).toMatchObject({ source: 'community', state: 'received', reference: lead.reference, communityId: C01 })
  })

  it('keeps no personal data: no applicant, phone or address, so no contact to match', async () => {
    const { disputeId } = await exports.default.leadFromDutyProblem(handover('01JD0000000000000000000HD2'))
    expect(await count('SELECT count(*) AS n FROM dispute_contact WHERE dispute_id = ?', disputeId)).toBe(0)
  })

  it('records the lead once however often the same hand-over is sent, audited once', async () => {
    const id = '01JD0000000000000000000HD3'
    const [first, again] = await Promise.all([
      exports.default.leadFromDutyProblem(handover(id)),
      exports.default.leadFromDutyProblem(handover(id)),
    ])
    const third = await exports.default.leadFromDutyProblem(handover(id))
    expect(again).toEqual(first)
    expect(third).toEqual(first)
    expect(await count('SELECT count(*) AS n FROM dispute WHERE id = ?', first.disputeId)).toBe(1)
    expect(
      await count(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'dispute.intake' AND entity_id = ?",
        first.disputeId,
      ),
    ).toBe(1)
    expect((await ledger()).disputes.filter((d) => d.reference === first.reference)).toHaveLength(1)
  })

  it('refuses a hand-over without a usable id and records nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM dispute')
    const refused = await exports.default.leadFromDutyProblem(handover('not-an-id')).then(
      () => false,
      () => true,
    )
    expect(refused).toBe(true)
    expect(await count('SELECT count(*) AS n FROM dispute')).toBe(before)
  })
})
