import { exports } from 'cloudflare:workers'
import { ErrorBody, Ledger, RecordedReceipt } from '@platform/contracts'
import { asRole } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { C04, intake, nextKey, S01, status } from './intake-helpers'

const record = async (body: unknown, headers: Record<string, string>, key: string | null = nextKey()) =>
  exports.default.fetch('http://x/api/disputes/ledger', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'Idempotency-Key': key } : {}), ...headers },
    body: JSON.stringify(body),
  })

const head = () => asRole('station_head', { stationId: S01 })

describe('POST /api/disputes/ledger (staff record the other sources)', () => {
  it.each(['counter', 'police_call', 'community', 'after_case'] as const)(
    'records a dispute from the source %s on the same ledger, with a status link for the citizen',
    async (source) => {
      const response = await record({ ...intake(), source }, await head())
      expect(response.status).toBe(201)
      const receipt = RecordedReceipt.parse(await response.json())
      expect((await status(receipt.statusUrl.split('/').pop() as string)).status).toBe(200)
      const ledger = Ledger.parse(
        await (await exports.default.fetch('http://x/api/disputes/ledger', { headers: await head() })).json(),
      )
      expect(ledger.disputes.find((d) => d.id === receipt.id)).toMatchObject({ source, state: 'received' })
    },
  )

  it('refuses the source "online" (that is the public intake) and a missing consent', async () => {
    expect((await record({ ...intake(), source: 'online' }, await head())).status).toBe(400)
    const { consent: _, ...noConsent } = intake()
    expect((await record({ ...noConsent, source: 'counter' }, await head())).status).toBe(400)
  })

  it('answers 404 for a community of another station, as for an unknown one', async () => {
    const other = await record({ ...intake({ communityId: C04 }), source: 'counter' }, await head())
    expect(other.status).toBe(404)
    expect(ErrorBody.parse(await other.json()).error.code).toBe('NOT_FOUND')
  })

  it('needs an Idempotency-Key, and a retry with it records nothing new', async () => {
    expect((await record({ ...intake(), source: 'counter' }, await head(), null)).status).toBe(400)
    const key = nextKey()
    const first = await (await record({ ...intake(), source: 'counter' }, await head(), key)).json()
    const again = await record({ ...intake(), source: 'counter' }, await head(), key)
    expect(again.status).toBe(201)
    expect(await again.json()).toEqual(first)
  })
})
