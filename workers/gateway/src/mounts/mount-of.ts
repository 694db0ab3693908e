import type { Mount, ServiceBinding } from './mount'

/** The mount of a binding, for RPC calls that share its timeout; a missing one is a config bug. */
export function mountOf(mounts: readonly Mount[], binding: ServiceBinding): Mount {
  const mount = mounts.find((candidate) => candidate.binding === binding)
  if (!mount) throw new Error(`No mount uses the ${binding} binding`)
  return mount
}
