export class DeadlineExceeded extends Error {
  constructor(readonly ms: number) {
    super(`No answer within ${ms} ms`)
    this.name = 'DeadlineExceeded'
  }
}

/**
 * Runs `work` with a deadline: whichever settles first wins. The timer is cleared in `finally`,
 * so a fast answer leaves nothing pending, and `onTimeout` lets the caller cancel the work it
 * gave up on (abort a subrequest). A synchronous throw in `work` becomes a rejection.
 */
export async function timeBox<T>(work: () => Promise<T>, ms: number, onTimeout?: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | null = null
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.()
      reject(new DeadlineExceeded(ms))
    }, ms)
  })
  try {
    return await Promise.race([new Promise<T>((resolve) => resolve(work())), deadline])
  } finally {
    clearTimeout(timer)
  }
}
