import { sha256Hex } from '@platform/server-kit/audit'
import type { Context } from 'hono'
import { normaliseUsername } from '../accounts/find-account'

/** Used when the request did not come through Cloudflare's edge (local development, tests). */
export const LOCAL_ADDRESS = 'local'

/** The client's address as Cloudflare's edge reports it; clients cannot set it there. */
export const clientAddress = (c: Context) => c.req.header('CF-Connecting-IP')?.trim() || LOCAL_ADDRESS

export type ThrottleKey = { key: string; limit: number }

/**
 * The two counters one sign-in attempt feeds. Both are stored hashed: a username typed by
 * mistake may be a password, and an address is personal data.
 */
export async function throttleKeys(
  username: string,
  address: string,
  limits: { account: number; address: number },
): Promise<{ account: ThrottleKey; address: ThrottleKey }> {
  return {
    account: { key: `account:${await sha256Hex(normaliseUsername(username))}`, limit: limits.account },
    address: { key: `address:${await sha256Hex(address)}`, limit: limits.address },
  }
}
