import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_PASSWORD, demoUsername } from '@platform/seed'
import { platformArgs, type Runtime, startRuntime, waitFor } from '../../scripts/bench/runtime.mjs'
import { baseUrl, settings } from './settings'

/** The platform on the run's state folder, in its own process group (so a crash takes workerd too). */
export async function startPlatform(): Promise<Runtime> {
  mkdirSync(settings.runDir, { recursive: true })
  const runtime = await startRuntime({
    args: platformArgs({ runDir: settings.runDir, stateDir: settings.stateDir, port: settings.port }),
    logFile: join(settings.runDir, 'platform.log'),
    port: settings.port,
  })
  await waitFor(`${baseUrl}/api/public/district`)
  return runtime
}

export type Sessions = Record<'officer' | 'mediator' | 'auditor', string>

/** Sessions of demo accounts without a second factor (sign-in allows 20 a minute: one each per run). */
export async function signIn(): Promise<Sessions> {
  const out: Partial<Sessions> = {}
  for (const role of ['officer', 'mediator', 'auditor'] as const) {
    const res = await fetch(`${baseUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: demoUsername(role), password: DEMO_PASSWORD }),
    })
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] as string)
      .find((c) => c.startsWith('__Host-sid='))
    if (res.status !== 200 || !cookie) throw new Error(`sign-in of ${role} answered ${res.status}`)
    out[role] = cookie
  }
  return out as Sessions
}

/** A community of the seeded district (where the load's submissions are filed). */
export async function aCommunity(): Promise<string> {
  const { stations } = (await (await fetch(`${baseUrl}/api/communities/public/stations`)).json()) as {
    stations: { communities: { id: string }[] }[]
  }
  const id = stations.flatMap((s) => s.communities)[0]?.id
  if (!id) throw new Error('no community in the public station list')
  return id
}

/** Every audit chain the platform keeps, verified by its own /audit/verify (auditor). */
export async function verifyChains(auditor: string) {
  const paths = [
    '/api/identity/audit/verify',
    '/api/officers/audit/verify',
    '/api/communities/audit/verify',
    '/api/assessments/audit/verify',
    '/api/disputes/audit/verify',
  ]
  const out: Record<string, { status: number; ok: boolean; rows: number }> = {}
  for (const path of paths) {
    const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: auditor } })
    const body = (await res.json().catch(() => ({}))) as { ok?: boolean; rows?: number }
    out[path] = { status: res.status, ok: body.ok === true, rows: body.rows ?? 0 }
  }
  return out
}
