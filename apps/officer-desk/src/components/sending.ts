import { createSignal } from 'solid-js'

// Its own small module: the disputes' staff actions load with the desk, the entry forms later.

/** One request at a time: busy while it runs; `done` or `refused` says how it went. */
export function createSending() {
  const [busy, setBusy] = createSignal(false)
  async function run<T>(request: () => Promise<T>, done: (answer: T) => void, refused: (error: unknown) => void) {
    setBusy(true)
    try {
      done(await request())
    } catch (error) {
      refused(error)
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}
