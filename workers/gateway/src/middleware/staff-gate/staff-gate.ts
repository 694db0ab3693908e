import { ErrorCode } from '@platform/contracts'
import { errorBody } from '@platform/server-kit'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../../app-env'
import { loginPath, stepPath } from '../../identity/next-path'
import { currentSession } from '../../identity/sessions/current-session'
import { type Mount, matchMount } from '../../mounts'

/** A browser fetching a script, style or image (not opening a page) says so in `Sec-Fetch-Dest`. */
const isSubresource = (dest: string | undefined) => dest !== undefined && dest !== 'document' && dest !== 'iframe'

/**
 * Staff apps open only with a signed-in session, everything under their mounts included: their
 * bundles describe internal screens and calls, and they are only ever loaded from a page that
 * already needed the session. A page request without one is sent to the sign-in (or the step
 * still due) with `next` = where it was going; a script or asset request gets 401, since a
 * redirect to a form would be no use to it.
 */
export const staffGate = (mounts: readonly Mount[]): MiddlewareHandler<AppEnv> =>
  async function staffGate(c, next) {
    const mount = matchMount(mounts, c.req.path)
    if (mount?.zone !== 'staff' || mount.kind !== 'app') return next()
    const session = await currentSession(c)
    if (session?.step === 'active') return next()
    const isPage = (c.req.method === 'GET' || c.req.method === 'HEAD') && !isSubresource(c.req.header('Sec-Fetch-Dest'))
    if (!isPage) return c.json(errorBody(ErrorCode.unauthenticated, 'Sign-in required'), 401)
    const url = new URL(c.req.url)
    const here = `${url.pathname}${url.search}`
    c.header('Cache-Control', 'no-store')
    return c.redirect((session && stepPath(session.step, here)) ?? loginPath(here), 303)
  }
