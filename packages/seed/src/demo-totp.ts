import { isRole, TOTP_STEP_SECONDS, totp } from '@platform/auth'
import { BOARD_DEMO_TOTP_SECRETS } from './board-demo-accounts'
import { DEMO_TOTP_SECRETS, demoUsername } from './demo-accounts'

// The current TOTP code of a demo account, from its documented secret: what an authenticator
// app would show, for `pnpm totp <username>`. Works for demo accounts only; real secrets are
// sealed in the identity database and never leave it.

export type DemoCode = { username: string; code: string; secondsLeft: number }

/** Demo usernames that sign in with a second factor, in ROLES order. */
export const demoUsernamesWithTotp = () => [
  ...Object.entries(DEMO_TOTP_SECRETS).flatMap(([role, secret]) =>
    secret && isRole(role) ? [demoUsername(role)] : [],
  ),
  ...Object.keys(BOARD_DEMO_TOTP_SECRETS),
]

export class NoDemoSecretError extends Error {}

export function demoTotpSecret(username: string): string {
  const boardSecret = BOARD_DEMO_TOTP_SECRETS[username]
  if (boardSecret) return boardSecret
  const role = username.startsWith('demo.') ? username.slice('demo.'.length) : undefined
  if (!isRole(role)) {
    throw new NoDemoSecretError(`${username} is not a demo account (demo.<role>, e.g. demo.board_chair).`)
  }
  const secret = DEMO_TOTP_SECRETS[role]
  if (!secret) {
    throw new NoDemoSecretError(
      `${username} signs in without a second factor; these need one: ${demoUsernamesWithTotp().join(', ')}.`,
    )
  }
  return secret
}

/** The code valid at `unixSeconds` and how many seconds it stays valid. */
export async function demoTotpCode(username: string, unixSeconds = Date.now() / 1000): Promise<DemoCode> {
  const code = await totp(demoTotpSecret(username), unixSeconds)
  const secondsLeft = TOTP_STEP_SECONDS - (Math.floor(unixSeconds) % TOTP_STEP_SECONDS)
  return { username, code, secondsLeft }
}
