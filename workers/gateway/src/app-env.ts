import type { Actor, Scope } from '@platform/auth'
import type { IdentityConfig } from './config/identity'
import type { CurrentSession } from './identity/sessions/current-session'

/** Hono environment of the gateway: the generated bindings and what middleware sets. */
export type AppEnv = {
  Bindings: Env
  Variables: {
    requestId: string
    /** This browser's version-affinity key (middleware/version-affinity), sent on every subrequest. */
    versionKey: string
    /** Timeouts and limits of sign-in and sessions (./config/identity; tests shorten delays). */
    identityConfig: IdentityConfig
    /** The request's session, looked up once (`null`: none or no longer valid). */
    session: CurrentSession | null | undefined
    /** Set by `requireActor` on the gateway's own protected routes. */
    actor: Actor
    scope: Scope
  }
}
