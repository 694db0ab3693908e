import type { AssessmentsRpc, DisputesRpc, OfficersRpc } from '@platform/contracts'

// `wrangler types` types a service binding as a plain Fetcher; the RPC surface is the interface
// in packages/contracts the other worker `implements`, so neither build pulls in the other's source.

export const officersOf = (env: Pick<Env, 'OFFICERS'>) =>
  env.OFFICERS as Service<OfficersRpc & Rpc.WorkerEntrypointBranded>

export const assessmentsOf = (env: Pick<Env, 'ASSESSMENTS'>) =>
  env.ASSESSMENTS as Service<AssessmentsRpc & Rpc.WorkerEntrypointBranded>

export const disputesOf = (env: Pick<Env, 'DISPUTES'>) =>
  env.DISPUTES as Service<DisputesRpc & Rpc.WorkerEntrypointBranded>

export type PeerAnswer<T> = { ok: true; value: T } | { ok: false; reason: 'failed' | 'timeout' }

/**
 * Asks another worker, giving up after `timeoutMs`. A part of an answer that comes from a peer is
 * marked unavailable when the peer fails or is late; it never turns this worker's answer into a 500.
 */
export async function askWithin<T>(peer: string, timeoutMs: number, call: () => Promise<T>): Promise<PeerAnswer<T>> {
  let timer: ReturnType<typeof setTimeout> | null = null
  const late = new Promise<PeerAnswer<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), timeoutMs)
  })
  const asked = (async (): Promise<PeerAnswer<T>> => {
    try {
      return { ok: true, value: await call() }
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', peer, error: String(error) }))
      return { ok: false, reason: 'failed' }
    }
  })()
  try {
    const answer = await Promise.race([asked, late])
    if (!answer.ok && answer.reason === 'timeout')
      console.error(JSON.stringify({ level: 'error', peer, error: 'timeout' }))
    return answer
  } finally {
    clearTimeout(timer)
  }
}
