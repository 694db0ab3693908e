import { env, exports } from 'cloudflare:workers'
import { Health } from '@platform/contracts'
import { describe, expect, it } from 'vitest'

describe('GET /api/assessments/health', () => {
  it('answers 200 ok when the database is reachable and every migration is applied', async () => {
    const res = await exports.default.fetch('http://x/api/assessments/health')
    expect(res.status).toBe(200)
    expect(Health.parse(await res.json())).toEqual({
      status: 'ok',
      worker: 'assessments',
      database: { reachable: true, missingTables: [] },
    })
  })

  // Last in this file: each test file gets its own database, so the dropped table stays here.
  it('answers 503 degraded naming the missing table when a migration is not applied', async () => {
    await env.DB.exec('DROP TABLE board_member')
    const res = await exports.default.fetch('http://x/api/assessments/health')
    expect(res.status).toBe(503)
    expect(Health.parse(await res.json())).toMatchObject({
      status: 'degraded',
      database: { reachable: true, missingTables: ['board_member'] },
    })
  })
})
