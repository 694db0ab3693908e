import { type AssessmentsRpc, type CommunitiesRpc, ErrorCode, type OfficersRpc } from '@platform/contracts'
import { ApiError } from '@platform/server-kit'

// `wrangler types` types a service binding as a plain Fetcher (given the other worker's config
// too, it would type it from that worker's source and pull that source into this build). The
// RPC surface is instead the interface in packages/contracts that the other worker `implements`:
// each build stays free of the other's source, and a renamed method or changed answer breaks
// the build on both sides.

export const officersOf = (env: Pick<Env, 'OFFICERS'>) =>
  env.OFFICERS as Service<OfficersRpc & Rpc.WorkerEntrypointBranded>

export const communitiesOf = (env: Pick<Env, 'COMMUNITIES'>) =>
  env.COMMUNITIES as Service<CommunitiesRpc & Rpc.WorkerEntrypointBranded>

export const assessmentsOf = (env: Pick<Env, 'ASSESSMENTS'>) =>
  env.ASSESSMENTS as Service<AssessmentsRpc & Rpc.WorkerEntrypointBranded>

/**
 * A peer that throws or cannot be reached is an upstream failure (502) the caller may retry,
 * not an internal error of this worker.
 */
export async function askPeer<T>(peer: 'officers' | 'communities', call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', peer, error: String(error) }))
    throw new ApiError(502, ErrorCode.upstreamFailed, `The ${peer} service did not answer`)
  }
}
