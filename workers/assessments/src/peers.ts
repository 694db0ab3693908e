import { type CommunitiesRpc, type DisputesRpc, ErrorCode, type OfficersRpc } from '@platform/contracts'
import { ApiError } from '@platform/server-kit'

// `wrangler types` types a service binding as a plain Fetcher; the RPC surface is the interface
// in packages/contracts the other worker `implements` (same pattern as workers/disputes/src/peers.ts).

export const officersOf = (env: Pick<Env, 'OFFICERS'>) =>
  env.OFFICERS as Service<OfficersRpc & Rpc.WorkerEntrypointBranded>

export const communitiesOf = (env: Pick<Env, 'COMMUNITIES'>) =>
  env.COMMUNITIES as Service<CommunitiesRpc & Rpc.WorkerEntrypointBranded>

export const disputesOf = (env: Pick<Env, 'DISPUTES'>) =>
  env.DISPUTES as Service<DisputesRpc & Rpc.WorkerEntrypointBranded>

export type Peer = 'officers' | 'communities' | 'disputes'

/**
 * A peer that throws or cannot be reached is an upstream failure (502 naming the peer) the
 * caller may retry, never an internal error of this worker. Callers ask every peer before they
 * write anything, so a failure leaves nothing half-written.
 */
export async function askPeer<T>(peer: Peer, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', peer, error: String(error) }))
    throw new ApiError(502, ErrorCode.upstreamFailed, `The ${peer} service did not answer`, { peer })
  }
}

/** Like askPeer, but a failure gives null and names the peer in `unavailable` (reads that still stand without it). */
export async function tryPeer<T>(peer: Peer, unavailable: Peer[], call: () => Promise<T>): Promise<T | null> {
  try {
    return await call()
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', peer, error: String(error) }))
    if (!unavailable.includes(peer)) unavailable.push(peer)
    return null
  }
}
