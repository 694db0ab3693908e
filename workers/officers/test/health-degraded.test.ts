import { env, exports } from 'cloudflare:workers'
import type { Health } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'

// Its own file: each test file gets its own database, so dropping a table here harms no other test.
describe('GET /api/officers/health with a table missing', () => {
  beforeAll(async () => {
    await env.DB.exec('DROP TABLE team_grid')
  })

  it('answers 503 degraded and names the missing table', async () => {
    const response = await exports.default.fetch('http://officers/api/officers/health')
    expect(response.status).toBe(503)
    expect(await response.json<Health>()).toEqual({
      status: 'degraded',
      worker: 'officers',
      database: { reachable: true, missingTables: ['team_grid'] },
    })
  })
})
