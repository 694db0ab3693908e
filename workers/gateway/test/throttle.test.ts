import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { identityConfig } from '../src/config/identity'
import { slowdownMs } from '../src/identity/throttle/throttle-rules'
import { fetchGateway } from './fetch-gateway'
import { fastThrottle, gatewayWith } from './gateway-with'
import { createTestAccount, PASSWORD, randomAddress, type TestAccount, uniqueName } from './identity'

const fast = fastThrottle

const login = (call: ReturnType<typeof gatewayWith>, username: string, password: string, address = randomAddress()) =>
  call('/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': address },
    body: JSON.stringify({ username, password }),
  })

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  vi.spyOn(console, 'log').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

let officer: TestAccount
beforeAll(async () => {
  officer = await createTestAccount({ roles: ['officer'] })
})

describe('failed sign-ins per account', () => {
  it('answers 429 with Retry-After at the 10th failure for one username, long before 101', async () => {
    const call = gatewayWith(fast)
    const account = await createTestAccount()
    let triggeredAt = 0
    let blocked: Response | undefined
    for (let attempt = 1; attempt <= 101; attempt++) {
      // Every attempt from another address: only the per-account count can stop them.
      const response = await login(call, account.username, `wrong-${attempt}`)
      if (response.status === 429) {
        triggeredAt = attempt
        blocked = response
        break
      }
      expect(response.status).toBe(401)
    }
    expect(triggeredAt).toBeGreaterThan(0)
    expect(triggeredAt).toBeLessThanOrEqual(10)
    const retryAfter = Number(blocked?.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    expect(await blocked?.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } })
  })

  it('keeps refusing while blocked, even the right password', async () => {
    const call = gatewayWith(fast)
    const account = await createTestAccount()
    for (let attempt = 1; attempt <= 10; attempt++) await login(call, account.username, 'wrong password')
    const right = await login(call, account.username, PASSWORD)
    expect(right.status).toBe(429)
    expect(right.headers.get('Retry-After')).toMatch(/^\d+$/)
  })

  it('blocks an unknown username exactly like a known one: same status, same body', async () => {
    const call = gatewayWith(fast)
    const known = await createTestAccount()
    const unknown = uniqueName('ghost')
    const last = async (username: string) => {
      let response: Response | undefined
      for (let attempt = 1; attempt <= 10; attempt++) response = await login(call, username, 'wrong password')
      return response as Response
    }
    const [a, b] = [await last(known.username), await last(unknown)]
    expect([a.status, b.status]).toEqual([429, 429])
    const strip = (body: string) => body.replace(/"retryAfterSeconds":\d+/, '')
    expect(strip(await a.text())).toBe(strip(await b.text()))
  })

  it('forgets the failures after a successful sign-in', async () => {
    const call = gatewayWith(fast)
    for (let attempt = 1; attempt <= 8; attempt++) await login(call, officer.username, 'wrong password')
    expect((await login(call, officer.username, PASSWORD)).status).toBe(200)
    for (let attempt = 1; attempt <= 8; attempt++) {
      expect((await login(call, officer.username, 'wrong password')).status).toBe(401)
    }
    expect((await login(call, officer.username, PASSWORD)).status).toBe(200)
  })

  it('slows answers down after a few failures, growing to about two seconds', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 9].map((failures) => slowdownMs(failures, identityConfig.throttle))
    expect(delays).toEqual([0, 0, 0, 250, 500, 1000, 2000, 2000])
  })

  it('really waits with the production delays', async () => {
    const call = gatewayWith(identityConfig)
    const account = await createTestAccount()
    for (let attempt = 1; attempt <= 4; attempt++) await login(call, account.username, 'wrong password')
    const started = Date.now()
    await login(call, account.username, 'wrong password')
    expect(Date.now() - started).toBeGreaterThanOrEqual(450)
  })
})

describe('failed sign-ins per address', () => {
  it('blocks an address that fails for many usernames', async () => {
    const call = gatewayWith({ ...fast, throttle: { ...fast.throttle, addressFailureLimit: 5 } })
    const address = randomAddress()
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 6; attempt++)
      statuses.push((await login(call, uniqueName('spray'), 'wrong password', address)).status)
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429])
    // Another address is not affected.
    expect((await login(call, officer.username, PASSWORD)).status).toBe(200)
  })
})

describe('the sign-in rate limit (Workers Rate Limiting binding)', () => {
  it('answers 429 with Retry-After after 20 sign-in posts a minute from one address', async () => {
    const address = randomAddress()
    const statuses: number[] = []
    let last: Response | undefined
    for (let attempt = 1; attempt <= 21; attempt++) {
      // Not even valid bodies: the limit counts every post, before any work.
      last = await fetchGateway('/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': address },
        body: '{}',
      })
      statuses.push(last.status)
    }
    expect(statuses.slice(0, 20).every((status) => status === 400)).toBe(true)
    expect(statuses[20]).toBe(429)
    expect(last?.headers.get('Retry-After')).toBe('60')
    expect(await last?.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } })
  })

  it('keeps the page a throttled person was going to in the form they get back', async () => {
    const address = randomAddress()
    let last: Response | undefined
    for (let attempt = 1; attempt <= 21; attempt++)
      last = await fetchGateway('/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': address },
        body: new URLSearchParams({ username: 'someone', password: '', next: '/desk/transfers' }).toString(),
      })
    expect(last?.status).toBe(429)
    expect(await last?.text()).toMatch(
      /name="next"[^>]*value="\/desk\/transfers"|value="\/desk\/transfers"[^>]*name="next"/,
    )
  })
})
