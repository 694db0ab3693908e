import type { CommunitiesRpc, OfficersRpc } from '@platform/contracts'

/**
 * Typed views of the domain workers' RPC entrypoints. `wrangler types` can only say "a
 * Fetcher" for a service binding unless it reads the other worker's source; the method
 * signatures live in packages/contracts (which each worker's entrypoint `implements`), and
 * `Service<…>` turns them into the stub type workerd really hands us (methods return promises
 * of serialisable values). This is the one place the plain Fetcher is narrowed.
 */
type RpcService<T> = Service<T & Rpc.WorkerEntrypointBranded>

export const officersService = (env: Env) => env.OFFICERS as RpcService<OfficersRpc>
export const communitiesService = (env: Env) => env.COMMUNITIES as RpcService<CommunitiesRpc>
