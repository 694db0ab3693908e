import type { Mount } from './mount'

/**
 * The mount that owns a path: the longest prefix that is the whole path or is followed by `/`
 * (so `/qihex` is not `/qihe`). `mounts` comes from `defineMounts`, longest prefix first.
 */
export function matchMount(mounts: readonly Mount[], path: string): Mount | undefined {
  return mounts.find((mount) => path === mount.prefix || path.startsWith(`${mount.prefix}/`))
}
