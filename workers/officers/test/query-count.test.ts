import { createExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { asRole, countingD1 } from '@platform/testing'
import { eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../src/app'
import { createDb } from '../src/db'
import { officer } from '../src/db/schema'
import { insertFixture, officers } from './fixture'

beforeAll(insertFixture)

// The week summary reads every officer in scope in one batch of a fixed number of D1 queries,
// however many officers the list holds: never one query per officer. `pnpm bench` reports the
// counts printed here (docs/benchmarks.md).

/** More officers like Wang (same station and team), copied row and all. */
async function addOfficers(count: number) {
  const db = createDb(env)
  const [model] = await db.select().from(officer).where(eq(officer.id, officers.wang))
  if (!model) throw new Error('the fixture has no officer Wang')
  for (let i = 0; i < count; i++)
    await db.insert(officer).values({ ...model, id: `01JDQC${String(i).padStart(20, '0')}`, nameEn: `Copy ${i}` })
}

async function weekQueries() {
  const counter = countingD1(env.DB)
  const request = new Request('http://x/api/officers/presence/weeks?week=2026-11-23', {
    headers: await asRole('auditor'),
  })
  const response = await app.fetch(request, { ...env, DB: counter.db }, createExecutionContext())
  expect(response.status).toBe(200)
  const { officers: rows } = (await response.json()) as { officers: unknown[] }
  return { rows: rows.length, queries: counter.count }
}

describe('D1 queries per request', () => {
  it('the week summary takes as many queries for 35 more officers as for the fixture’s few', async () => {
    const few = await weekQueries()
    await addOfficers(35)
    const many = await weekQueries()
    for (const m of [few, many])
      console.log(`[d1-queries] ${JSON.stringify({ endpoint: 'GET /api/officers/presence/weeks', ...m })}`)
    expect(many.rows).toBe(few.rows + 35)
    expect(many.queries).toBe(few.queries)
  })
})
