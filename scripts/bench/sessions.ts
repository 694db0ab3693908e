// `tsx scripts/bench/sessions.ts <base-url> <role>...`: signs in the local demo accounts of the
// given roles (published password, TOTP from the seed's demo secrets where the role needs it)
// and prints their session cookies as JSON, for the load runs' staff reads.
import { totp } from '../../packages/auth/src/index'
import { DEMO_PASSWORD, DEMO_TOTP_SECRETS, demoUsername } from '../../packages/seed/src/index'

const [base, ...roles] = process.argv.slice(2)

const sessionCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] as string)
    .find((c) => c.startsWith('__Host-sid='))

async function signIn(role: string): Promise<string> {
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: demoUsername(role as never), password: DEMO_PASSWORD }),
  })
  const cookie = sessionCookie(login)
  if (login.status !== 200 || !cookie) throw new Error(`sign-in as ${role} answered ${login.status}`)
  const { status } = (await login.json()) as { status: string }
  if (status === 'signed_in') return cookie
  const secret = DEMO_TOTP_SECRETS[role as keyof typeof DEMO_TOTP_SECRETS]
  if (!secret) throw new Error(`${role} needs a second factor the seed has no secret for`)
  const second = await fetch(`${base}/auth/totp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ code: await totp(secret) }),
  })
  if (second.status !== 200) throw new Error(`second factor of ${role} answered ${second.status}`)
  return sessionCookie(second) ?? cookie
}

const cookies: Record<string, string> = {}
for (const role of roles) cookies[role] = await signIn(role)
console.log(JSON.stringify(cookies))
