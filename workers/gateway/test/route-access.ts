import { type Action, can, PERMISSIONS, PUBLIC, ROLES, type Role } from '@platform/auth'
import { ErrorBody } from '@platform/contracts'
import { type AppRoute, fillPath, inventory, type Operation } from '@platform/testing'
import { describe, expect, it } from 'vitest'
import { randomAddress, type TestAccount } from './identity'
import { routeKey } from './own-routes'

/** What one call of an operation sends: path parameters, a JSON body, a session cookie. */
export type Call = { params?: Record<string, string>; body?: unknown; cookie?: string }

/** A caller holding just one role, signed in with a fresh session of its own. */
export type Caller = { account: TestAccount; cookie: string }

/** How a caller with no signed-in session uses a public operation, and what it answers. */
export type AnonymousUse = { call: Call; status: number }

export type SessionRouteAccessOptions = {
  /** The identity OpenAPI document as served (`GET /api/identity/openapi.json`): status and parsed body. */
  document: { status: number; body: unknown }
  /** The routes the app serves that the document must describe (and nothing else). */
  served: readonly AppRoute[]
  fetch: (path: string, init: RequestInit) => Promise<Response>
  /** A new account holding just `role` (with that role's realistic scope) and an active session. */
  signedInAs: (role: Role) => Promise<Caller>
  /** A session of an account whose sign-in still waits for its second factor: not signed in. */
  pendingSignIn: () => Promise<string>
  /**
   * Per `METHOD /path`: what an allowed call sends so that it succeeds (a body that fits the
   * schema, an id the caller may manage). Operations without path parameters or a body need none.
   */
  calls: Readonly<Record<string, (caller: Caller) => Promise<Call>>>
  /** Per public operation: how someone without a session uses it. Every public operation needs one. */
  anonymous: Readonly<Record<string, () => Promise<AnonymousUse>>>
}

type Verdict = 'public' | 'allowed' | 'denied'

const verdictOf = (operation: Operation, role: Role): Verdict =>
  operation.permission === PUBLIC ? 'public' : can([role], operation.permission as Action) ? 'allowed' : 'denied'

const keyOf = (operation: Operation) => routeKey(operation.method, operation.path)

/** The error code of an answer in the platform's error shape. */
export async function errorCode(response: Response) {
  return ErrorBody.parse(await response.json()).error.code
}

/** The answer's body for a failure message, whatever it is. */
const bodyOf = async (response: Response) => (await response.text()).slice(0, 300)

/**
 * Take `role`'s grant of `action` out of the permission matrix for the length of `run`: proves a
 * route asks the matrix rather than a role list of its own.
 */
async function withoutGrant(action: Action, role: Role, run: () => Promise<void>) {
  const grants = PERMISSIONS[action] as Partial<Record<Role, string>>
  const granted = grants[role]
  delete grants[role]
  try {
    await run()
  } finally {
    if (granted !== undefined) grants[role] = granted
  }
}

/**
 * The route × role test of the gateway's identity API. Like `describeRouteAccess` of
 * @platform/testing (same inventory: a missing or unknown `x-permission`, a served route outside
 * the document, a documented one not served all fail), but the gateway checks a session cookie,
 * not an assertion, so each call is made with a session written straight into the identity
 * database for a new account holding just the role. Allowed calls send a body that fits and
 * must succeed (2xx); denied ones answer 403 FORBIDDEN; protected operations answer 401 without
 * a session and to a sign-in still waiting for its second factor; public ones are used as
 * someone without a session would (`anonymous`). Each protected operation must also refuse a role
 * once the matrix stops granting it: the route reads the matrix, not a list of its own.
 */
export function describeSessionRouteAccess(options: SessionRouteAccessOptions) {
  const { operations, problems } = inventory(
    (options.document.body ?? {}) as Parameters<typeof inventory>[0],
    options.served,
  )
  const send = async (operation: Operation, call: Call = {}) => {
    const headers: Record<string, string> = { Accept: 'application/json', 'CF-Connecting-IP': randomAddress() }
    if (call.cookie) headers.Cookie = call.cookie
    const init: RequestInit = { method: operation.method, headers }
    if (call.body !== undefined) {
      headers['Content-Type'] = 'application/json'
      init.body = JSON.stringify(call.body)
    }
    return options.fetch(fillPath(operation.path, call.params ?? {}), init)
  }
  /** The operation's call for `caller` (its body and ids), with the caller's session or another cookie (null: none). */
  const callAs = async (operation: Operation, caller: Caller, cookie: string | null = caller.cookie) => {
    const prepare = options.calls[keyOf(operation)]
    const call = prepare ? await prepare(caller) : {}
    return send(operation, { ...call, ...(cookie === null ? {} : { cookie }) })
  }

  describe('every route of the identity API × every role', () => {
    it('reads the OpenAPI document: every operation declares a known permission, every route served is in it', () => {
      expect(options.document.status).toBe(200)
      expect(operations.length).toBeGreaterThan(0)
      expect(problems).toEqual([])
    })

    it('knows how someone without a session uses each public operation', () => {
      const publicOnes = operations.filter((operation) => operation.permission === PUBLIC).map(keyOf)
      expect(publicOnes.filter((key) => !(key in options.anonymous))).toEqual([])
      expect(Object.keys(options.anonymous).filter((key) => !publicOnes.includes(key))).toEqual([])
    })

    for (const operation of operations) {
      const key = keyOf(operation)
      describe(`${key} (${operation.permission})`, () => {
        if (operation.permission === PUBLIC) {
          it('works without a signed-in session', async () => {
            const use = options.anonymous[key]
            if (!use) throw new Error(`No anonymous use declared for the public operation ${key}`)
            const { call, status } = await use()
            const response = await send(operation, call)
            expect(response.status, await bodyOf(response.clone())).toBe(status)
          })
        } else {
          // The very call a granted role makes, but without its session or with one not signed in yet.
          const action = operation.permission as Action
          const granted = ROLES.find((role) => can([role], action)) ?? 'officer'
          it('answers 401 UNAUTHENTICATED without a session', async () => {
            const response = await callAs(operation, await options.signedInAs(granted), null)
            expect(response.status, await bodyOf(response.clone())).toBe(401)
            expect(await errorCode(response)).toBe('UNAUTHENTICATED')
          })

          it('answers 401 to a session still waiting for its second factor', async () => {
            const response = await callAs(operation, await options.signedInAs(granted), await options.pendingSignIn())
            expect(response.status, await bodyOf(response.clone())).toBe(401)
          })

          if (can([granted], action)) {
            it(`refuses ${granted} with 403 once the matrix no longer grants it ${action}`, async () => {
              const caller = await options.signedInAs(granted)
              await withoutGrant(action, granted, async () => {
                const response = await callAs(operation, caller)
                expect(response.status, await bodyOf(response.clone())).toBe(403)
                expect(await errorCode(response)).toBe('FORBIDDEN')
              })
            })
          }
        }

        for (const role of ROLES) {
          const verdict = verdictOf(operation, role)
          const title = { public: 'lets', allowed: 'lets', denied: 'refuses with 403' }[verdict]
          it(`${title} ${role} (${verdict})`, async () => {
            const response = await callAs(operation, await options.signedInAs(role))
            if (verdict === 'denied') {
              expect(response.status, await bodyOf(response.clone())).toBe(403)
              expect(await errorCode(response)).toBe('FORBIDDEN')
              return
            }
            // The call fits the schema and names what the caller may reach: it succeeds.
            expect(response.status, await bodyOf(response.clone())).toBeGreaterThanOrEqual(200)
            expect(response.status, await bodyOf(response.clone())).toBeLessThan(300)
          })
        }
      })
    }
  })
}
