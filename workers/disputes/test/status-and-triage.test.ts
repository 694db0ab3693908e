import { env, exports } from 'cloudflare:workers'
import { DisputeParties, DisputeStatus, ErrorBody, Ledger, LedgerEntry } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { C02, C04, F01, S01, S02, status, submitted } from './intake-helpers'

const idOf = async (reference: string) =>
  (await env.DB.prepare('SELECT id FROM dispute WHERE reference = ?').bind(reference).first<{ id: string }>())
    ?.id as string

const post = async (path: string, body: unknown, headers: Record<string, string>) =>
  exports.default.fetch(`http://x/api/disputes/ledger/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const mediator = () => asRole('mediator')
const readStatus = async (secret: string) => DisputeStatus.parse(await (await status(secret)).json())

describe('GET /api/disputes/status/{secret}', () => {
  it('shows a new dispute as received, held by the Qihe Station, first contact due in 72 hours', async () => {
    const { secret, reference } = await submitted()
    const body = await readStatus(secret)
    expect(body).toMatchObject({
      reference,
      state: 'received',
      holder: { role: 'qihe_desk', unit: { zh: '祈和驿站', en: 'Qihe Station' } },
      next: { kind: 'first_contact' },
      referral: null,
      timeline: [{ kind: 'received' }],
    })
    expect(Date.parse(body.next.dueAt as string) - Date.parse(body.receivedAt)).toBe(72 * 3600 * 1000)
  })

  it('masks every party and shows no phone, address or description', async () => {
    const { secret } = await submitted()
    const response = await status(secret)
    const text = await response.clone().text()
    expect(DisputeStatus.parse(await response.json()).parties).toEqual([{ name: '王**' }, { name: '李**' }])
    for (const plain of ['王秀英', '李建国', '13812341234', '13987654321', '东四北大街', 'Water leaks']) {
      expect(text).not.toContain(plain)
    }
  })

  it('answers unknown, malformed and well-formed-but-wrong secrets with the same 404', async () => {
    const answers = await Promise.all(
      ['A'.repeat(43), 'short', 'QH-2026-ABCDEF', `${'b'.repeat(42)}!`].map(async (secret) => {
        const response = await status(encodeURIComponent(secret))
        return { status: response.status, body: await response.text() }
      }),
    )
    for (const answer of answers) expect(answer).toEqual(answers[0])
    expect(answers[0]?.status).toBe(404)
    expect(ErrorBody.parse(JSON.parse(answers[0]?.body ?? '')).error.code).toBe('NOT_FOUND')
  })

  it('renders a page without script for a browser (Accept: text/html), in English with the lang cookie', async () => {
    const { secret, reference } = await submitted()
    const zh = await status(secret, { Accept: 'text/html' })
    expect(zh.headers.get('Content-Type')).toMatch(/text\/html/)
    const page = await zh.text()
    expect(page).toContain(reference)
    expect(page).toContain('祈和驿站接待窗口')
    expect(page).not.toMatch(/<script|style=/)
    const en = await status(secret, { Accept: 'text/html', Cookie: 'lang=en' })
    expect(await en.text()).toContain('Qihe Station reception')
    const missing = await status('A'.repeat(43), { Accept: 'text/html' })
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('没有找到')
  })
})

describe('triage', () => {
  it("sends a simple police dispute to the grid's responsible officer; the status shows role and station, not the name", async () => {
    const { secret, reference } = await submitted()
    const id = await idOf(reference)
    const response = await post(`${id}/triage`, { jurisdiction: 'police', complexity: 'simple' }, await mediator())
    expect(response.status).toBe(200)
    const entry = LedgerEntry.parse(await response.json())
    expect(entry).toMatchObject({
      state: 'assigned',
      holder: { role: 'community_officer', officerId: F01, name: { en: 'Zhang Wei' }, unit: { en: 'Station One' } },
      next: { kind: 'resolve' },
    })
    expect(Date.parse(entry.next.dueAt as string) - Date.now()).toBeGreaterThan(6.9 * 86400 * 1000)
    const seen = await readStatus(secret)
    expect(seen.holder).toEqual({ role: 'community_officer', unit: { zh: '一号派出所', en: 'Station One' } })
    expect(seen.timeline.map((e) => e.kind)).toEqual(['received', 'assigned'])
    expect(JSON.stringify(seen)).not.toContain('Zhang Wei')
  })

  it('sends a simple one from a community outside every grid to the station to assign', async () => {
    const { reference } = await submitted({ communityId: C02 })
    const response = await post(
      `${await idOf(reference)}/triage`,
      { jurisdiction: 'police', complexity: 'simple' },
      await mediator(),
    )
    expect(LedgerEntry.parse(await response.json()).holder).toMatchObject({ role: 'station', officerId: null })
  })

  it('raises a complex one to the team leader of the area, due in 20 days', async () => {
    const { reference, secret } = await submitted()
    const response = await post(
      `${await idOf(reference)}/triage`,
      { jurisdiction: 'police', complexity: 'complex' },
      await asRole('team_leader', { stationId: S01, teamId: '01JD0000000000000000000T01' }),
    )
    expect(response.status).toBe(200)
    const entry = LedgerEntry.parse(await response.json())
    expect(entry.holder.role).toBe('team_leader')
    expect(Date.parse(entry.next.dueAt as string) - Date.now()).toBeGreaterThan(19.9 * 86400 * 1000)
    expect((await readStatus(secret)).timeline.at(-1)?.kind).toBe('escalated')
  })

  it("refers a dispute that is not police business with the receiving body's contact and reference (warm hand-off)", async () => {
    const { reference, secret } = await submitted()
    const referral = {
      jurisdiction: 'not_police',
      channel: 'peoples',
      body: '交道口街道人民调解委员会',
      contact: '010-64040000',
      theirReference: 'JDK-TJ-2026-88',
    }
    const response = await post(`${await idOf(reference)}/triage`, referral, await mediator())
    expect(response.status).toBe(200)
    const seen = await readStatus(secret)
    expect(seen).toMatchObject({
      reference,
      state: 'referred',
      holder: { role: 'referred', unit: { zh: '交道口街道人民调解委员会' } },
      referral: {
        channel: 'peoples',
        body: referral.body,
        contact: referral.contact,
        theirReference: 'JDK-TJ-2026-88',
      },
      next: { kind: 'none', dueAt: null },
    })
    const again = await post(
      `${await idOf(reference)}/triage`,
      { jurisdiction: 'police', complexity: 'simple' },
      await mediator(),
    )
    expect(again.status).toBe(422)
    expect(ErrorBody.parse(await again.json()).error.code).toBe('RULE_DISPUTE_CLOSED')
  })

  it('keeps a referral without the receiving reference pending, due in 1 working day, until the hand-over', async () => {
    const { reference, secret } = await submitted()
    const id = await idOf(reference)
    await post(
      `${id}/triage`,
      { jurisdiction: 'not_police', channel: 'judicial', body: '交道口司法所', contact: '010-64041111' },
      await mediator(),
    )
    expect((await readStatus(secret)).next.kind).toBe('handover')
    const handover = await post(`${id}/handover`, { theirReference: 'SF-17' }, await mediator())
    expect(handover.status).toBe(200)
    const seen = await readStatus(secret)
    expect(seen).toMatchObject({ state: 'referred', referral: { theirReference: 'SF-17' } })
    expect(seen.timeline.map((e) => e.kind)).toEqual(['received', 'referred', 'handed_over'])
    const twice = await post(`${id}/handover`, { theirReference: 'SF-18' }, await mediator())
    expect(ErrorBody.parse(await twice.json()).error.code).toBe('RULE_NO_HANDOVER_PENDING')
  })

  it("answers 404 to a station head for another station's dispute, as for an unknown id", async () => {
    const { reference } = await submitted({ communityId: C04 })
    const headers = await asRole('station_head', { stationId: S01 })
    const other = await post(
      `${await idOf(reference)}/triage`,
      { jurisdiction: 'police', complexity: 'simple' },
      headers,
    )
    const unknown = await post(
      '01JD0000000000000000000X99/triage',
      { jurisdiction: 'police', complexity: 'simple' },
      headers,
    )
    expect(other.status).toBe(404)
    expect(unknown.status).toBe(404)
    const own = await post(
      `${await idOf(reference)}/triage`,
      { jurisdiction: 'police', complexity: 'simple' },
      await asRole('station_head', { stationId: S02 }),
    )
    expect(own.status).toBe(200)
  })

  it('writes one audit row per intake and per triage, and the chain verifies', async () => {
    const { reference } = await submitted()
    const id = await idOf(reference)
    await post(`${id}/triage`, { jurisdiction: 'police', complexity: 'simple' }, await mediator())
    const rows = await env.DB.prepare('SELECT action, actor_id FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .bind(id)
      .all()
    expect(rows.results).toEqual([
      { action: 'dispute.intake', actor_id: 'public' },
      { action: 'dispute.triage', actor_id: 'test-mediator' },
    ])
    const verify = await exports.default.fetch('http://x/api/disputes/audit/verify', {
      headers: await asRole('auditor'),
    })
    expect(await verify.json()).toMatchObject({ ok: true, firstBroken: null })
  })
})

describe('GET /api/disputes/ledger', () => {
  it('shows a mediator every dispute with parties masked', async () => {
    const { reference } = await submitted()
    const response = await exports.default.fetch('http://x/api/disputes/ledger', { headers: await mediator() })
    const ledger = Ledger.parse(await response.json())
    const entry = ledger.disputes.find((d) => d.reference === reference)
    expect(entry?.parties).toEqual([
      { name: '王**', phone: '138****1234' },
      { name: '李**', phone: '139****4321' },
    ])
    expect(JSON.stringify(ledger)).not.toContain('13812341234')
  })

  it('shows an officer only the disputes the officer holds, and a station head only the own station', async () => {
    const held = await submitted()
    await post(
      `${await idOf(held.reference)}/triage`,
      { jurisdiction: 'police', complexity: 'simple' },
      await mediator(),
    )
    const other = await submitted({ communityId: C04 })
    const list = async (headers: Record<string, string>) =>
      Ledger.parse(await (await exports.default.fetch('http://x/api/disputes/ledger', { headers })).json()).disputes
    const officers = await list(await asRole('officer', { stationId: S01, officerId: F01 }))
    expect(officers.length).toBeGreaterThan(0)
    expect(officers.every((d) => d.holder.officerId === F01)).toBe(true)
    const heads = await list(await asRole('station_head', { stationId: S01 }))
    expect(heads.map((d) => d.reference)).toContain(held.reference)
    expect(heads.map((d) => d.reference)).not.toContain(other.reference)
  })

  it('lists the disputes due within 24 hours with dueSoon=true, for the team leader', async () => {
    const soon = await submitted()
    const inTwelveHours = new Date(Date.now() + 12 * 3_600_000).toISOString()
    await env.DB.prepare('UPDATE dispute SET due_at = ? WHERE reference = ?').bind(inTwelveHours, soon.reference).run()
    const response = await exports.default.fetch('http://x/api/disputes/ledger?dueSoon=true', {
      headers: await asRole('team_leader', { stationId: S01, teamId: '01JD0000000000000000000T01' }),
    })
    const ledger = Ledger.parse(await response.json())
    expect(ledger.disputes.map((d) => d.reference)).toEqual([soon.reference])
    expect(ledger.disputes[0]).toMatchObject({ dueSoon: true, overdue: false })
  })

  it('lists the overdue disputes only with overdue=true', async () => {
    const late = await submitted()
    await env.DB.prepare("UPDATE dispute SET due_at = '2020-01-01T00:00:00.000Z' WHERE reference = ?")
      .bind(late.reference)
      .run()
    const response = await exports.default.fetch('http://x/api/disputes/ledger?overdue=true', {
      headers: await mediator(),
    })
    const ledger = Ledger.parse(await response.json())
    expect(ledger.disputes.map((d) => d.reference)).toEqual([late.reference])
    expect(ledger.disputes[0]?.overdue).toBe(true)
  })
})

describe('POST /api/disputes/ledger/{id}/reveal', () => {
  it('shows the holder the parties in full, text kept as typed (a script stays text), and audits the view', async () => {
    const script = '<script>alert(1)</script>'
    const { reference } = await submitted({ address: `${script} 路 1 号` })
    const id = await idOf(reference)
    await post(`${id}/triage`, { jurisdiction: 'police', complexity: 'simple' }, await mediator())
    const response = await post(`${id}/reveal`, {}, await asRole('officer', { stationId: S01, officerId: F01 }))
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/application\/json/)
    const parties = DisputeParties.parse(await response.json())
    expect(parties.applicant).toEqual({ name: '王秀英', phone: '13812341234' })
    expect(parties.address).toBe(`${script} 路 1 号`)
    const audit = await env.DB.prepare(
      "SELECT actor_id FROM audit_log WHERE entity_id = ? AND action = 'dispute.parties.revealed'",
    )
      .bind(id)
      .all()
    expect(audit.results).toEqual([{ actor_id: 'test-officer' }])
  })

  it('refuses staff who see the dispute but do not hold it (RULE_HOLDER_ONLY), without an audit row', async () => {
    const { reference } = await submitted()
    const id = await idOf(reference)
    await post(`${id}/triage`, { jurisdiction: 'police', complexity: 'simple' }, await mediator())
    const response = await post(`${id}/reveal`, {}, await asRole('station_head', { stationId: S01 }))
    expect(response.status).toBe(422)
    expect(ErrorBody.parse(await response.json()).error.code).toBe('RULE_HOLDER_ONLY')
  })
})
