import { Health, type PlatformPart } from '@platform/contracts'
import type { Context } from 'hono'
import type { AppEnv } from '../../app-env'
import { REQUEST_ID_HEADER } from '../../constants'
import { logUpstreamError } from '../../errors/log'
import { DEFAULT_TIMEOUT_MS, type Mount } from '../../mounts'
import { callUpstream, DeadlineExceeded, timeBox, UpstreamError } from '../../proxy'

const elapsedSince = (started: number) => Math.max(0, Date.now() - started)

type Answer = { status: number; degraded: boolean }

/**
 * A worker that runs but finds its database unreachable or unmigrated answers 503 with its
 * health document (server-kit `checkHealth`): degraded. Any other answer that is not 200 (a 503
 * from the platform because the worker is not there, a 500) is a failure.
 */
async function readAnswer(answer: Response): Promise<Answer> {
  if (answer.status !== 503 || !(answer.headers.get('Content-Type') ?? '').includes('application/json')) {
    await answer.body?.cancel()
    return { status: answer.status, degraded: false }
  }
  const body = await answer.json().catch(() => null)
  return { status: answer.status, degraded: Health.safeParse(body).data?.status === 'degraded' }
}

/**
 * A domain worker's `GET /api/<name>/health` (public, no assertion) or an app worker's `/`
 * (its shell), through the mount's binding and under the mount's timeout. Only the status is
 * read: a worker's details (missing tables) stay in its own answer, and nothing it says is
 * passed on.
 */
async function checkMount(c: Context<AppEnv>, mount: Mount): Promise<PlatformPart> {
  const started = Date.now()
  const part = { name: mount.prefix, kind: mount.kind }
  const path = mount.kind === 'api' ? `${mount.prefix}/health` : '/'
  try {
    const { status, degraded } = await callUpstream(mount, async (signal) => {
      const headers = { Accept: 'application/json, text/html', [REQUEST_ID_HEADER]: c.get('requestId') }
      return readAnswer(await c.env[mount.binding].fetch(new Request(new URL(path, c.req.url), { headers, signal })))
    })
    const elapsedMs = elapsedSince(started)
    const up = mount.kind === 'app' ? status >= 200 && status < 400 : status === 200
    if (up) return { ...part, status: 'up', elapsedMs }
    return { ...part, status: 'down', reason: degraded ? 'degraded' : 'failed', elapsedMs }
  } catch (error) {
    if (!(error instanceof UpstreamError)) throw error
    logUpstreamError(c, error)
    return { ...part, status: 'down', reason: error.failure, elapsedMs: elapsedSince(started) }
  }
}

/** The gateway's own identity database: one trivial query, time-boxed like a mount. */
async function checkIdentityDatabase(env: Env): Promise<PlatformPart> {
  const started = Date.now()
  const part = { name: 'identity', kind: 'database' } as const
  try {
    await timeBox(() => env.IDENTITY_DB.prepare('SELECT 1').first(), DEFAULT_TIMEOUT_MS)
    return { ...part, status: 'up', elapsedMs: elapsedSince(started) }
  } catch (error) {
    const reason = error instanceof DeadlineExceeded ? 'timeout' : 'failed'
    return { ...part, status: 'down', reason, elapsedMs: elapsedSince(started) }
  }
}

/** Every mount (in the table's name order) and the identity database, all at once. */
export function checkParts(c: Context<AppEnv>, mounts: readonly Mount[]): Promise<PlatformPart[]> {
  const ordered = [...mounts].sort((a, b) => a.kind.localeCompare(b.kind) || a.prefix.localeCompare(b.prefix))
  return Promise.all([...ordered.map((mount) => checkMount(c, mount)), checkIdentityDatabase(c.env)])
}
