import { createSignal } from 'solid-js'
import { refusalText } from './Disputes'

/**
 * One staff action on a dispute at a time: the form is busy while it runs, a refusal is shown in
 * words (the rule named), and the ledger reloads when it succeeds.
 */
export function createStaffAction(onDone: () => void) {
  const [error, setError] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
      onDone()
    } catch (err) {
      setError(refusalText(err))
    } finally {
      setBusy(false)
    }
  }
  return { error, busy, run }
}
