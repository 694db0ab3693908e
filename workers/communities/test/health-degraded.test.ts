import { env, exports } from 'cloudflare:workers'
import type { Health } from '@platform/contracts'
import { beforeAll, describe, expect, it } from 'vitest'

// Its own file: each test file gets its own database, so dropping a table here harms no other test.
describe('GET /api/communities/health with a table missing', () => {
  beforeAll(async () => {
    await env.DB.exec('DROP TABLE key_unit')
  })

  it('answers 503 degraded and names the missing table', async () => {
    const response = await exports.default.fetch('http://communities/api/communities/health')
    expect(response.status).toBe(503)
    expect(await response.json<Health>()).toEqual({
      status: 'degraded',
      worker: 'communities',
      database: { reachable: true, missingTables: ['key_unit'] },
    })
  })
})
