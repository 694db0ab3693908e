import type { PlatformHealth } from '@platform/contracts'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestAccount, sessionCookie } from './identity'
import { stub, TEST_TIMEOUT_MS, testGateway } from './test-gateway'

/**
 * Issue 8's "done when": with one app worker made to throw and another made to hang, the landing
 * page, the third app and the APIs still answer, the broken mounts show their fallback within
 * the timeout, and every answer names its version.
 */
const call = testGateway()
const broken = { QIHE_INTAKE: stub('THROWING'), REVIEW_BOARD: stub('HANGING') }
let staff: Record<string, string>

beforeAll(async () => {
  staff = { Cookie: await sessionCookie((await createTestAccount()).id) }
  // The public app was working before: the gateway kept its shell.
  expect((await call('/qihe/')).status).toBe(200)
})
beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('the platform with one app throwing and another hanging', () => {
  it('still answers the landing page, the third app and the APIs', async () => {
    const answers = await Promise.all([
      call('/', {}, broken),
      call('/desk/', { headers: staff }, broken),
      call('/api/officers/roster', {}, broken),
      call('/api/public/district', {}, broken),
    ])
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
    expect(answers[1]?.headers.get('X-Stub-App')).toBe('officer-desk')
  })

  it('shows the broken mounts’ fallbacks within the timeout: the kept shell, else the friendly page', async () => {
    const started = Date.now()
    const [qihe, board] = await Promise.all([
      call('/qihe/stations', {}, broken),
      call('/board/', { headers: staff }, broken),
    ])
    expect(Date.now() - started).toBeLessThan(TEST_TIMEOUT_MS * 6)
    expect(qihe.status).toBe(200)
    expect(qihe.headers.get('X-Fallback')).toBe('last-good-shell')
    expect(board.status).toBe(504)
    expect(await board.text()).toContain('响应时间过长')
  })

  it('names the two broken parts in the health answer', async () => {
    const response = await call('/api/health', {}, broken)
    expect(response.status).toBe(503)
    const health = await response.json<PlatformHealth>()
    expect(health.down.sort()).toEqual(['/board', '/qihe'])
  })

  it('names its version on every one of those answers', async () => {
    for (const path of ['/', '/qihe/', '/board/', '/api/officers/roster', '/api/health']) {
      const response = await call(path, { headers: staff }, broken)
      expect(response.headers.get('X-Platform-Version'), path).toMatch(/\S/)
    }
  })
})
