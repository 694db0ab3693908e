import { env } from 'cloudflare:workers'
import { hashPassword, type Role, seal, totp } from '@platform/auth'
import { eq } from 'drizzle-orm'
import { createDb, schema } from '../src/db'
import { hashSessionToken, newSessionToken } from '../src/identity/sessions/session-token'
import { fetchGateway } from './fetch-gateway'

/** The password every fixture account has (hashed once per test file: PBKDF2 is slow on purpose). */
export const PASSWORD = 'correct horse battery staple'
let passwordHash: Promise<string> | undefined
const fixtureHash = () => {
  passwordHash ??= hashPassword(PASSWORD)
  return passwordHash
}

/** A valid opaque id (ULID shape: Crockford base32, no I, L, O, U) whose tail hints at what it is. */
export const testId = (tag: string) =>
  `01JD${tag
    .toUpperCase()
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
    .replace(/U/g, 'V')
    .replace(/[^0-9A-Z]/g, '0')
    .padStart(22, '0')
    .slice(-22)}`
export const STATION = testId('station1')

let counter = 0
/** A username no other test of the file uses. */
export const uniqueName = (prefix: string) => `${prefix}.${Date.now().toString(36)}${(counter++).toString(36)}`

export type TestAccount = { id: string; username: string; roles: Role[]; totpSecret: string | null }

/**
 * An account written straight into the identity database. `totpSecret: 'enrolled'` gives it an
 * enrolled authenticator (a fresh secret, sealed with the test data key).
 */
export async function createTestAccount(
  options: {
    roles?: Role[]
    username?: string
    active?: boolean
    mustChangePassword?: boolean
    enrolled?: boolean
    scope?: { level: 'own' | 'team' | 'station' | 'branch'; stationId?: string; teamId?: string }
    officerId?: string
  } = {},
): Promise<TestAccount> {
  const roles = options.roles ?? ['officer']
  const id = testId(`a${(counter++).toString(36)}${Math.floor(Math.random() * 1e9).toString(36)}`)
  const username = options.username ?? uniqueName(roles[0] ?? 'user')
  const totpSecret = options.enrolled ? 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' : null
  const now = new Date().toISOString()
  const scope = options.scope ?? { level: 'station', stationId: STATION }
  await createDb(env)
    .insert(schema.account)
    .values({
      id,
      username,
      displayNameZh: '测试账号',
      displayNameEn: 'Test account',
      passwordHash: await fixtureHash(),
      roles,
      scopeLevel: scope.level,
      stationId: scope.stationId ?? null,
      teamId: scope.teamId ?? null,
      officerId: options.officerId ?? null,
      active: options.active ?? true,
      mustChangePassword: options.mustChangePassword ?? false,
      totpSecretSealed: totpSecret ? await seal(totpSecret, env.IDENTITY_DATA_KEY) : null,
      totpEnrolledAt: totpSecret ? now : null,
      totpLastStep: null,
      createdAt: now,
      updatedAt: now,
    })
  return { id, username, roles, totpSecret }
}

/** A session written straight into the database (no sign-in round trip): its cookie header. */
export async function sessionCookie(
  accountId: string,
  stage: 'active' | 'second_factor' | 'enrol_second_factor' = 'active',
  times: Partial<{ createdAt: string; lastSeenAt: string; expiresAt: string }> = {},
): Promise<string> {
  const token = newSessionToken()
  const now = new Date()
  await createDb(env)
    .insert(schema.session)
    .values({
      tokenHash: await hashSessionToken(token),
      accountId,
      stage,
      createdAt: times.createdAt ?? now.toISOString(),
      lastSeenAt: times.lastSeenAt ?? now.toISOString(),
      expiresAt: times.expiresAt ?? new Date(now.getTime() + 12 * 3600_000).toISOString(),
    })
  return `__Host-sid=${token}`
}

/** Each sign-in from its own address, so the per-address limits of one test do not touch another. */
export const randomAddress = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`

/** The `__Host-sid=…` pair of a Set-Cookie answer, ready for a Cookie header. */
export function sessionFrom(response: Response): string | null {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';')
    if (pair?.startsWith('__Host-sid=') && pair.length > '__Host-sid='.length) return pair
  }
  return null
}

export const jsonPost = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': randomAddress(), ...headers },
  body: JSON.stringify(body),
})

export const formPost = (fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': randomAddress(), ...headers },
  body: new URLSearchParams(fields).toString(),
  redirect: 'manual',
})

/** The JSON password step. */
export const postLogin = (username: string, password = PASSWORD, headers: Record<string, string> = {}) =>
  fetchGateway('/auth/login', jsonPost({ username, password }, headers))

/** Forget the last accepted TOTP step, so a test can sign the same account in again within 30 s. */
export async function forgetLastStep(accountId: string) {
  await createDb(env).update(schema.account).set({ totpLastStep: null }).where(eq(schema.account.id, accountId))
}

export const currentCode = (secret: string) => totp(secret)

/** Through every step: password, then the TOTP code where the account has one. */
export async function signIn(account: TestAccount): Promise<string> {
  const first = await postLogin(account.username)
  let cookie = sessionFrom(first)
  if (!cookie) throw new Error(`sign-in of ${account.username} answered ${first.status}`)
  if (account.totpSecret) {
    await forgetLastStep(account.id)
    const second = await fetchGateway(
      '/auth/totp',
      jsonPost({ code: await currentCode(account.totpSecret) }, { Cookie: cookie }),
    )
    cookie = sessionFrom(second)
    if (!cookie) throw new Error(`second factor of ${account.username} answered ${second.status}`)
  }
  return cookie
}
