import { type Action, can, PUBLIC, ROLES, type Role } from '@platform/auth'
import { ErrorBody } from '@platform/contracts'
import { describe, expect, it } from 'vitest'
import { asRole, type Place } from './actors'
import { type AppRoute, fillPath, inventory, type Operation } from './route-inventory'

export type Fetch = (request: Request) => Promise<Response>

export type RouteAccessOptions = {
  /** The worker's name, as in `/api/<worker>/…`. */
  worker: string
  /** The worker under test (`exports.default.fetch`). */
  fetch: Fetch
  /** `app.routes` of the worker's Hono app: every route it serves must be in its document. */
  appRoutes: readonly AppRoute[]
  /** Where the station-, team- and own-scoped test actors sit. */
  place: Required<Place>
  /** A fixture id for each path parameter, inside `place`, so an allowed call finds its record. */
  pathParams?: Readonly<Record<string, string>>
}

type Verdict = 'public' | 'allowed' | 'denied'

const verdictOf = (operation: Operation, role: Role): Verdict =>
  operation.permission === PUBLIC ? 'public' : can([role], operation.permission as Action) ? 'allowed' : 'denied'

async function errorCode(response: Response) {
  return ErrorBody.parse(await response.json()).error.code
}

/**
 * The route × role test. Reads the worker's own OpenAPI document, fails when an operation has no
 * known permission or the app serves a route the document does not list, then calls every
 * operation as a user holding each role (with that role's realistic scope, the path filled with
 * fixture ids in that scope) and checks the answer against the permission matrix: allowed → not
 * 401/403 (a GET succeeds), denied → 403, public → answers without any assertion; and a protected
 * operation without an assertion → 401.
 *
 * Async because the cases come from the document: `await describeRouteAccess({...})` at the top
 * of the test file.
 */
export async function describeRouteAccess(options: RouteAccessOptions) {
  const base = `http://${options.worker}`
  const documentResponse = await options.fetch(new Request(`${base}/api/${options.worker}/openapi.json`))
  const document = documentResponse.ok
    ? await documentResponse.json<{ paths?: Record<string, Record<string, unknown>> }>()
    : {}
  const { operations, problems } = inventory(document, options.appRoutes)
  const call = (operation: Operation, headers: Record<string, string> = {}) =>
    options.fetch(
      new Request(`${base}${fillPath(operation.path, options.pathParams ?? {})}`, {
        method: operation.method,
        headers,
      }),
    )

  describe(`every route of ${options.worker} × every role`, () => {
    it('reads the OpenAPI document: every operation declares a known permission, every route served is in it', () => {
      expect(documentResponse.status).toBe(200)
      expect(operations.length).toBeGreaterThan(0)
      expect(problems).toEqual([])
    })

    for (const operation of operations) {
      describe(`${operation.method} ${operation.path} (${operation.permission})`, () => {
        if (operation.permission === PUBLIC) {
          it('answers without any assertion', async () => {
            const response = await call(operation)
            // A public read answers; a public write (sent here without a body) may refuse the
            // missing body, but never for want of an assertion.
            if (operation.method === 'GET') expect(response.status).toBeLessThan(400)
            else {
              expect([401, 403]).not.toContain(response.status)
              expect(response.status).toBeLessThan(500)
            }
          })
        } else {
          it('answers 401 UNAUTHENTICATED without an assertion', async () => {
            const response = await call(operation)
            expect(response.status).toBe(401)
            expect(await errorCode(response)).toBe('UNAUTHENTICATED')
          })
        }

        for (const role of ROLES) {
          const verdict = verdictOf(operation, role)
          const title = { public: 'lets', allowed: 'lets', denied: 'refuses with 403' }[verdict]
          it(`${title} ${role} (${verdict})`, async () => {
            const response = await call(operation, await asRole(role, options.place))
            if (verdict === 'denied') {
              expect(response.status).toBe(403)
              expect(await errorCode(response)).toBe('FORBIDDEN')
              return
            }
            expect([401, 403]).not.toContain(response.status)
            expect(response.status).toBeLessThan(500)
            // The path holds ids inside the actor's scope: a read finds its record.
            if (operation.method === 'GET') expect(response.status).toBeLessThan(300)
          })
        }
      })
    }
  })
}
