/**
 * Shares one in-flight or finished request between the screens that need the same data (the
 * station list is read by the list and by each station page), but forgets a failed one so that
 * "try again" really asks the server again.
 */
export function memoizeRequest<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    if (!pending) {
      pending = load().catch((error: unknown) => {
        pending = undefined
        throw error
      })
    }
    return pending
  }
}
