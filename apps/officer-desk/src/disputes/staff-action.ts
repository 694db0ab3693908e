import { createSignal } from 'solid-js'
import { createSending } from '../components/sending'
import { refusalText } from './Disputes'

/**
 * One staff action on a dispute at a time: the form is busy while it runs, a refusal is shown in
 * words (the rule named), and the ledger reloads when it succeeds.
 */
export function createStaffAction(onDone: () => void) {
  const [error, setError] = createSignal<string | null>(null)
  const { busy, run: send } = createSending()
  const run = (action: () => Promise<unknown>) => {
    setError(null)
    return send(action, onDone, (err) => setError(refusalText(err)))
  }
  return { error, busy, run }
}
