/**
 * The signed-in staff member as the gateway's `GET /auth/me` describes them (`{ user }`; a 401
 * means no session). The shapes live in packages/contracts, the one source for API bodies.
 */
export type { MeResponse, SessionUser } from '@platform/contracts'
