import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { asRole, countingD1 } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { app } from '../src/app'
import { sealPersonal } from '../src/disputes/personal-data'
import { insertDispute } from './rows'

// The ledger reads a page in a fixed number of D1 queries, however many disputes the page holds:
// attachments and progress are fetched for the whole page at once, never one query per row.
// `pnpm bench` reports the counts printed here (docs/benchmarks.md).

async function addDisputes(count: number) {
  for (let i = 0; i < count; i++) {
    const id = `01JDQC${String(Date.now() % 1e9).padStart(10, '0')}${String(i).padStart(10, '0')}`
    const personal = {
      description: 'query count',
      address: 'query count',
      applicant: { name: 'Q', phone: '13800000000' },
      otherParties: [],
    }
    await insertDispute({ id, personalSealed: await sealPersonal(personal, env.DISPUTES_DATA_KEY, id) })
  }
}

async function ledgerQueries() {
  const counter = countingD1(env.DB)
  const request = new Request('http://x/api/disputes/ledger', { headers: await asRole('mediator') })
  const response = await app.fetch(request, { ...env, DB: counter.db }, createExecutionContext())
  expect(response.status).toBe(200)
  const { disputes } = (await response.json()) as { disputes: unknown[] }
  return { rows: disputes.length, queries: counter.count }
}

describe('D1 queries per request', () => {
  it('the ledger takes as many queries for a page of 40 disputes as for a page of 1', async () => {
    await addDisputes(1)
    const one = await ledgerQueries()
    await addDisputes(39)
    const forty = await ledgerQueries()
    for (const m of [one, forty])
      console.log(`[d1-queries] ${JSON.stringify({ endpoint: 'GET /api/disputes/ledger', ...m })}`)
    expect(one.rows).toBeGreaterThanOrEqual(1)
    expect(forty.rows).toBe(one.rows + 39)
    expect(forty.queries).toBe(one.queries)
  })
})
