import { env } from 'cloudflare:workers'
import { ACTOR_HEADER, signAssertion, verifyAssertion } from '@platform/auth'
import { beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, withScriptSources } from '../src/middleware/security-headers'
import { VERSION_KEY_COOKIE } from '../src/middleware/version-affinity'
import { mounts } from '../src/mounts'
import { speculationRuleHashes } from '../src/shell'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, STATION, sessionCookie, type TestAccount, testId } from './identity'

type Echo = { worker: string; assertion: string | null; cookie: string | null; requestId: string }
const echo = async (path: string, headers: Record<string, string> = {}) =>
  (await fetchGateway(path, { headers })).json<Echo>()

let leader: TestAccount
let cookie: string
beforeAll(async () => {
  leader = await createTestAccount({
    roles: ['team_leader'],
    scope: { level: 'team', stationId: STATION, teamId: testId('team01') },
    officerId: testId('officer1'),
  })
  cookie = await sessionCookie(leader.id)
})

describe('the actor assertion on domain-worker calls', () => {
  it('is added for a signed-in session: who, roles, scope and the request id, signed with ACTOR_SECRET', async () => {
    for (const worker of ['officers', 'communities', 'assessments', 'disputes']) {
      const seen = await echo(`/api/${worker}/roster`, { Cookie: cookie, 'X-Request-Id': `req-${worker}` })
      expect(seen.assertion, worker).toEqual(expect.any(String))
      const actor = await verifyAssertion(seen.assertion ?? '', env.ACTOR_SECRET)
      expect(actor).toEqual({
        userId: leader.id,
        username: leader.username,
        roles: ['team_leader'],
        scope: {
          level: 'team',
          stationId: STATION,
          teamId: testId('team01'),
          officerId: testId('officer1'),
        },
      })
      const claims = JSON.parse(atob((seen.assertion ?? '').split('.')[1]?.replace(/-/g, '+').replace(/_/g, '/') ?? ''))
      expect(claims.rid).toBe(`req-${worker}`)
    }
  })

  it('is not added without a session', async () => {
    expect((await echo('/api/officers/roster')).assertion).toBeNull()
  })

  it('drops an assertion the client sent, with or without a session', async () => {
    const forged = await signAssertion(
      { userId: 'someone-else', username: 'x', roles: ['branch_admin'], scope: { level: 'branch' } },
      env.ACTOR_SECRET,
    )
    expect((await echo('/api/officers/roster', { [ACTOR_HEADER]: forged })).assertion).toBeNull()
    const replaced = await echo('/api/officers/roster', { [ACTOR_HEADER]: forged, Cookie: cookie })
    expect(replaced.assertion).not.toBe(forged)
    expect((await verifyAssertion(replaced.assertion ?? '', env.ACTOR_SECRET)).userId).toBe(leader.id)
  })

  it('does not pass the session cookie on to the domain workers (other cookies go along)', async () => {
    const seen = await echo('/api/communities/stations', { Cookie: `lang=en; ${cookie}` })
    expect(seen.cookie).toBe('lang=en')
    expect((await echo('/api/communities/stations', { Cookie: cookie })).cookie).toBeNull()
  })
})

describe('the public zone', () => {
  it('never sends cookies or an assertion to the Qihe Station app', async () => {
    const response = await fetchGateway('/qihe/', {
      headers: { Cookie: `lang=en; ${cookie}`, [ACTOR_HEADER]: 'forged.token.value' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('X-Stub-Cookie')).toBe('')
    expect(response.headers.get('X-Stub-Assertion')).toBe('')
  })

  it('keeps the district figures public: they need no session', async () => {
    expect((await fetchGateway('/api/public/district')).status).toBe(200)
  })
})

describe('the staff apps', () => {
  it('get the request as the browser sent it, without a client assertion', async () => {
    const response = await fetchGateway('/desk/', {
      headers: { Cookie: `lang=en; ${cookie}`, [ACTOR_HEADER]: 'x.y.z' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('X-Stub-Cookie')).toBe(`lang=en; ${cookie}`)
    expect(response.headers.get('X-Stub-Assertion')).toBe('')
  })
})

describe('cookies an app sets', () => {
  it('are scoped to its mount: path under the prefix, no Domain', async () => {
    // (The gateway's own version-affinity cookie aside: test/shell.test.ts.)
    const appCookies = (response: Response) =>
      response.headers.getSetCookie().filter((c) => !c.startsWith(`${VERSION_KEY_COOKIE}=`))
    expect(appCookies(await fetchGateway('/qihe/'))).toEqual(['stub-app=1; Path=/qihe'])
    const response = await fetchGateway('/desk/cookies', { headers: { Cookie: cookie } })
    expect(response.headers.getSetCookie()).toEqual(['draft=1; Path=/desk/form; HttpOnly; SameSite=Strict'])
  })

  it('never include the platform’s own cookies (session, language)', async () => {
    const response = await fetchGateway('/qihe/cookies')
    const names = response.headers.getSetCookie().map((value) => value.split('=')[0])
    expect(names).not.toContain('__Host-sid')
    expect(names).not.toContain('lang')
  })
})

describe('the content security policy of each zone', () => {
  const csp = async (path: string) =>
    (await fetchGateway(path, { headers: { Cookie: cookie } })).headers.get('Content-Security-Policy')

  it('gives the public app the strict policy: nothing unless named, only this origin, no base URL', async () => {
    for (const path of ['/qihe/', '/qihe/stations/x'])
      expect(await csp(path), path).toBe(CONTENT_SECURITY_POLICY.public)
    const policy = CONTENT_SECURITY_POLICY.public
    for (const directive of ["default-src 'none'", "connect-src 'self'", "form-action 'self'", "base-uri 'none'"])
      expect(policy).toContain(directive)
  })

  it('gives the gateway’s own pages the staff policy', async () => {
    for (const path of ['/', '/no/such/page', '/api/docs'])
      expect(await csp(path), path).toBe(CONTENT_SECURITY_POLICY.staff)
  })

  it('gives the staff apps the staff policy, its one inline exception being the speculation rules by hash', async () => {
    const hashes = await speculationRuleHashes(mounts)
    expect(hashes).toHaveLength(2)
    for (const path of ['/desk/', '/board/'])
      expect(await csp(path), path).toBe(withScriptSources(CONTENT_SECURITY_POLICY.staff, hashes))
  })

  it('lets no zone run inline script or load from another origin', () => {
    for (const policy of Object.values(CONTENT_SECURITY_POLICY)) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
      expect(policy).toContain("frame-ancestors 'none'")
    }
  })
})
