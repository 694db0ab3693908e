import type { Role } from '@platform/auth'
import { ROLE_SCOPE_LEVEL } from '@platform/testing'
import { afterEach, beforeEach, vi } from 'vitest'
import { PUBLIC_PAGES } from '../src/routes/public-pages'
import { fetchGateway } from './fetch-gateway'
import { createTestAccount, currentCode, PASSWORD, STATION, sessionCookie, testId, uniqueName } from './identity'
import { ownRoutes, routeKey } from './own-routes'
import { type Caller, describeSessionRouteAccess } from './route-access'

beforeEach(() => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.restoreAllMocks()
})

// The route × role test of the identity API (issue 3 item 4). Every caller is a new account holding
// just one role, at that role's realistic scope in the test station, with a session written straight
// into the database (no sign-in round trip, no TOTP). Why not @platform/testing's describeRouteAccess
// as is: see test/route-access.ts.
const TEAM = testId('team1')
const OFFICER = testId('officer1')

/** An account of one role at the realistic level for it (officer: own, team leader: team, …) in the test station. */
const accountOf = (role: Role, options: { enrolled?: boolean; active?: boolean } = {}) =>
  createTestAccount({
    roles: [role],
    scope: { level: ROLE_SCOPE_LEVEL[role], stationId: STATION, teamId: TEAM },
    officerId: OFFICER,
    ...options,
  })

async function signedInAs(role: Role): Promise<Caller> {
  const account = await accountOf(role)
  return { account, cookie: await sessionCookie(account.id) }
}

/** The secret the enrolment page hands out to a session at the enrolment step. */
async function enrolmentSecret(cookie: string) {
  const response = await fetchGateway('/auth/totp/enrol', { headers: { Cookie: cookie, Accept: 'application/json' } })
  return (await response.json<{ secret: string }>()).secret
}

const document = await fetchGateway('/api/identity/openapi.json')
const publicPages = new Set(PUBLIC_PAGES.map((page) => routeKey(page.method, page.path)))

describeSessionRouteAccess({
  document: { status: document.status, body: await document.json() },
  // Everything the gateway serves under /api/identity and /auth, but the listed pages and the document itself.
  served: ownRoutes().served.filter(
    (route) => /^\/(api\/identity|auth)\//.test(route.path) && !publicPages.has(routeKey(route.method, route.path)),
  ),
  fetch: fetchGateway,
  signedInAs,
  pendingSignIn: async () => sessionCookie((await accountOf('board_member', { enrolled: true })).id, 'second_factor'),
  calls: {
    'POST /api/identity/accounts': async () => ({
      body: {
        username: uniqueName('new.officer'),
        displayName: { zh: '新民警', en: 'New officer' },
        roles: ['officer'],
        scope: { level: 'own', stationId: STATION },
        officerId: testId('officer9'),
      },
    }),
    'POST /api/identity/accounts/{id}/disable': async () => ({ params: { id: (await accountOf('officer')).id } }),
    'POST /api/identity/accounts/{id}/enable': async () => ({
      params: { id: (await accountOf('officer', { active: false })).id },
    }),
    'POST /api/identity/accounts/{id}/reset-password': async () => ({
      params: { id: (await accountOf('officer')).id },
      body: {},
    }),
    'POST /auth/login': async ({ account }) => ({ body: { username: account.username, password: PASSWORD } }),
    // A signed-in session at a second-factor step is simply told it is signed in.
    'POST /auth/totp': async () => ({ body: { code: '000000' } }),
    'POST /auth/totp/enrol': async () => ({ body: { code: '000000' } }),
    'POST /auth/password': async () => ({
      body: { currentPassword: PASSWORD, newPassword: 'a different passphrase' },
    }),
  },
  anonymous: {
    'POST /auth/login': async () => {
      const account = await accountOf('officer')
      return { call: { body: { username: account.username, password: PASSWORD } }, status: 200 }
    },
    'POST /auth/totp': async () => {
      const account = await accountOf('board_member', { enrolled: true })
      const cookie = await sessionCookie(account.id, 'second_factor')
      return { call: { cookie, body: { code: await currentCode(account.totpSecret ?? '') } }, status: 200 }
    },
    'GET /auth/totp/enrol': async () => {
      const account = await accountOf('branch_admin')
      return { call: { cookie: await sessionCookie(account.id, 'enrol_second_factor') }, status: 200 }
    },
    'POST /auth/totp/enrol': async () => {
      const account = await accountOf('branch_admin')
      const cookie = await sessionCookie(account.id, 'enrol_second_factor')
      return { call: { cookie, body: { code: await currentCode(await enrolmentSecret(cookie)) } }, status: 200 }
    },
    'POST /auth/logout': async () => ({ call: {}, status: 204 }),
  },
})
