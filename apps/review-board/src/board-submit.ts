import { errorCode } from '@platform/ui'
import { createSignal } from 'solid-js'

/**
 * How the board's forms send, written once: the form's values read when it is submitted, one
 * request at a time (busy meanwhile), the refusal's code kept for FormError to word (the rule
 * named), the answer handed on when it is accepted.
 */
export function createBoardSubmit<T>(send: (form: FormData) => Promise<T>, done: (answer: T) => void) {
  const [error, setError] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget as HTMLFormElement)
    setBusy(true)
    setError(null)
    try {
      done(await send(form))
    } catch (err) {
      setError(errorCode(err))
    } finally {
      setBusy(false)
    }
  }
  return { error, busy, submit }
}
