import { env, exports } from 'cloudflare:workers'
import { ErrorBody, IntakeReceipt } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { C02, C04, intake, nextAddress, nextKey, status, submit } from './intake-helpers'

const count = async () => (await env.DB.prepare('SELECT count(*) AS n FROM dispute').first<{ n: number }>())?.n ?? 0

describe('POST /api/disputes/intake (JSON)', () => {
  it('answers 201 with a short reference and a private status link holding ≥ 128 bits', async () => {
    const response = await submit(intake())
    expect(response.status).toBe(201)
    const receipt = IntakeReceipt.parse(await response.json())
    expect(receipt.reference).toMatch(/^QH-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/)
    const secret = receipt.statusUrl.replace('/api/disputes/status/', '')
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/) // 43 base64url characters = 256 bits
    expect(secret).not.toContain(receipt.reference)
  })

  it('stores only the SHA-256 of the status secret', async () => {
    const receipt = IntakeReceipt.parse(await (await submit(intake())).json())
    const secret = receipt.statusUrl.split('/').pop() as string
    const row = await env.DB.prepare('SELECT * FROM dispute WHERE reference = ?').bind(receipt.reference).first()
    expect(JSON.stringify(row)).not.toContain(secret)
    expect(row?.status_secret_hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps names, phones and the address out of the database in plain text (sealed, row id bound)', async () => {
    const marker = { name: '欧阳明月', phone: '13700001111', other: '司马长风', otherPhone: '13600002222' }
    const receipt = IntakeReceipt.parse(
      await (
        await submit(
          intake({
            applicant: { name: marker.name, phone: marker.phone },
            otherParties: [{ name: marker.other, phone: marker.otherPhone }],
            address: '独一无二胡同 7 号',
          }),
        )
      ).json(),
    )
    const dump = JSON.stringify([
      (await env.DB.prepare('SELECT * FROM dispute').all()).results,
      (await env.DB.prepare('SELECT * FROM dispute_event').all()).results,
      (await env.DB.prepare('SELECT * FROM idempotent_request').all()).results,
      (await env.DB.prepare('SELECT * FROM audit_log').all()).results,
    ])
    expect(dump).toContain(receipt.reference)
    for (const value of [marker.name, marker.phone, marker.other, marker.otherPhone, '独一无二胡同']) {
      expect(dump).not.toContain(value)
    }
    const row = await env.DB.prepare('SELECT personal_sealed FROM dispute WHERE reference = ?')
      .bind(receipt.reference)
      .first<{ personal_sealed: string }>()
    expect(row?.personal_sealed).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
  })

  it('refuses a submission without consent to the privacy notice with 400 naming the field, storing nothing', async () => {
    const before = await count()
    const { consent: _, ...withoutConsent } = intake()
    for (const body of [withoutConsent, { ...intake(), consent: false }]) {
      const response = await submit(body)
      expect(response.status).toBe(400)
      const error = ErrorBody.parse(await response.json()).error
      expect(error.code).toBe('VALIDATION_FAILED')
      expect(error.details).toMatchObject({ fields: [{ path: 'consent' }] })
    }
    expect(await count()).toBe(before)
  })

  it.each([
    { field: 'category', body: { category: 'burglary' } },
    { field: 'description', body: { description: 'short' } },
    { field: 'communityId', body: { communityId: 'not-an-id' } },
    { field: 'address', body: { address: '' } },
    { field: 'applicant.phone', body: { applicant: { name: '王五', phone: '12345' } } },
    { field: 'applicant.name', body: { applicant: { name: '', phone: '13812341234' } } },
    { field: 'preferredHandling', body: { preferredHandling: 'by_pigeon' } },
  ])('refuses a bad $field with 400 naming it', async ({ field, body }) => {
    const response = await submit({ ...intake(), ...body })
    expect(response.status).toBe(400)
    const details = ErrorBody.parse(await response.json()).error.details as { fields: { path: string }[] }
    expect(details.fields.map((f) => f.path)).toContain(field)
  })

  it('accepts the nearest valid values (10-character description, landline, no other party)', async () => {
    const response = await submit({
      ...intake(),
      description: '1234567890',
      applicant: { name: '赵', phone: '010-12345678' },
      otherParties: [],
    })
    expect(response.status).toBe(201)
  })

  it('refuses an unknown community with 400 on communityId (checked with the communities worker)', async () => {
    const response = await submit(intake({ communityId: '01JD0000000000000000000C99' }))
    expect(response.status).toBe(400)
    expect(ErrorBody.parse(await response.json()).error.details).toMatchObject({ fields: [{ path: 'communityId' }] })
  })

  it('takes a dispute from a community outside every grid, and one of another station', async () => {
    expect((await submit(intake({ communityId: C02 }))).status).toBe(201)
    expect((await submit(intake({ communityId: C04 }))).status).toBe(201)
  })

  it('needs an Idempotency-Key (400) and refuses a malformed one', async () => {
    expect((await submit(intake(), { key: null })).status).toBe(400)
    const response = await submit(intake(), { key: 'bad key!' })
    expect(response.status).toBe(400)
    expect(ErrorBody.parse(await response.json()).error.code).toBe('INVALID_IDEMPOTENCY_KEY')
  })

  it('refuses a body that is neither JSON nor a form with 415', async () => {
    const response = await exports.default.fetch('http://x/api/disputes/intake', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', 'CF-Connecting-IP': nextAddress() },
      body: 'hello',
    })
    expect(response.status).toBe(415)
  })
})

describe('Idempotency-Key on the intake', () => {
  it('answers a retry with the same key with the first answer and creates nothing', async () => {
    const key = nextKey()
    const first = await submit(intake(), { key })
    const before = await count()
    const again = await submit(intake(), { key, address: nextAddress() })
    expect(again.status).toBe(201)
    expect(await again.json()).toEqual(await first.json())
    expect(await count()).toBe(before)
  })

  it('refuses the same key with a different body (422)', async () => {
    const key = nextKey()
    await submit(intake(), { key })
    const response = await submit(intake({ description: 'Something else entirely happened here.' }), { key })
    expect(response.status).toBe(422)
    expect(ErrorBody.parse(await response.json()).error.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  it('makes one dispute out of 50 concurrent identical submissions with one key', async () => {
    const key = nextKey()
    const before = await count()
    const responses = await Promise.all(Array.from({ length: 50 }, () => submit(intake(), { key })))
    const bodies = await Promise.all(responses.map((r) => r.json()))
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201))
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1)
    expect(await count()).toBe(before + 1)
  })
})

describe('rate limit of the public paths', () => {
  it('answers 429 with Retry-After once an address passes the intake limit (10 a minute)', async () => {
    const address = nextAddress()
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) statuses.push((await submit(intake(), { address })).status)
    expect(statuses).toEqual(Array(10).fill(201))
    const refused = await submit(intake(), { address })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('60')
    expect(ErrorBody.parse(await refused.json()).error.code).toBe('RATE_LIMITED')
  })

  it('limits status look-ups per address too (30 a minute)', async () => {
    const address = nextAddress()
    const headers = { 'CF-Connecting-IP': address }
    for (let i = 0; i < 30; i++) await (await status('x'.repeat(43), headers)).body?.cancel()
    const refused = await status('x'.repeat(43), headers)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('60')
  })
})
