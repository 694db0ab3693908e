import { DistrictCounts } from '@platform/contracts'
import type { z } from 'zod'
import { type Mount, mountOf } from '../../mounts'
import { callUpstream, UpstreamError } from '../../proxy'
import { communitiesService, officersService } from '../../rpc/domain-services'

const PlaceCounts = DistrictCounts.pick({ stations: true, communities: true })
const ForceCounts = DistrictCounts.pick({ dedicatedOfficers: true, groups: true })

/** An answer of the wrong shape is the worker's failure, not the gateway's. */
function checked<S extends z.ZodType>(mount: Mount, schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new UpstreamError(mount, 'failed', 0, { cause: parsed.error })
  return parsed.data
}

/**
 * The district's figures, counted by the workers that own them (never literals): stations and
 * communities from communities, dedicated officers and groups from officers. Both RPC calls run
 * in parallel, each time-boxed like its API mount.
 */
export async function countDistrict(env: Env, mounts: readonly Mount[]): Promise<DistrictCounts> {
  const communitiesMount = mountOf(mounts, 'COMMUNITIES')
  const officersMount = mountOf(mounts, 'OFFICERS')
  const [places, force] = await Promise.all([
    callUpstream(communitiesMount, () => communitiesService(env).placeCounts()),
    callUpstream(officersMount, () => officersService(env).forceCounts()),
  ])
  return { ...checked(communitiesMount, PlaceCounts, places), ...checked(officersMount, ForceCounts, force) }
}
