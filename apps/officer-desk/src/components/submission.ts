import { RequestError } from '@platform/ui'
import { createSignal } from 'solid-js'
import { createSending } from './sending'
import { submissionKey } from './submission-key'

// How the desk's entry forms send, written once rather than in each form: checked first, sent with
// an Idempotency-Key kept across retries, busy meanwhile, the server's refusal mapped back onto the
// fields or worded.

/** A form's outcome line: saved, refused, or the 409 of a record already on file. */
export type Outcome = { kind: 'ok' | 'error' | 'exists'; text: string }
/** A field a 400 VALIDATION_FAILED names: its JSON path and the schema's or rule's code. */
export type RefusedField = { path: string; code?: string }

/** The platform's code of a failed request (NETWORK_ERROR when no answer came). */
export const errorCode = (error: unknown) => (error instanceof RequestError ? error.code : 'NETWORK_ERROR')

/** The fields of a 400 VALIDATION_FAILED; undefined for any other failure. */
export function refusedFields(error: unknown): RefusedField[] | undefined {
  if (!(error instanceof RequestError && error.code === 'VALIDATION_FAILED')) return undefined
  return (error.details as { fields?: RefusedField[] } | undefined)?.fields ?? []
}

/** A form's check: its errors, and what to send only when there is none. */
export const checked = <E extends object, I>(errors: E, input: () => I): { errors: E; input?: I } =>
  Object.keys(errors).length > 0 ? { errors } : { errors, input: input() }

/**
 * An entry form's submission. `fieldErrors` turns a 400's fields into the form's own errors (without
 * it a 400 is worded like any failure); the key is renewed when the values change (`key.renew()`,
 * by the form) and after a saved record unless `keepKey` (a retry then replays the first answer).
 */
export function createSubmission<E extends object, R extends Outcome = Outcome>(words: {
  keyPrefix: string
  fixFields: () => string
  failed: (error: unknown) => string
  fieldErrors?: (fields: RefusedField[]) => E
}) {
  const [errors, setErrors] = createSignal<E>({} as E)
  const [result, setResult] = createSignal<R | null>(null)
  const sending = createSending()
  const key = submissionKey(words.keyPrefix)

  async function submit<I, T>(steps: {
    check: () => { errors: E; input?: I }
    send: (input: I, idempotencyKey: string) => Promise<T>
    saved: (answer: T, input: I) => R
    /** A refusal the form words itself (a 409), or undefined for the usual handling. */
    refused?: (error: unknown, input: I) => R | undefined
    keepKey?: boolean
  }) {
    const found = steps.check()
    setErrors(() => found.errors)
    if (found.input === undefined) {
      setResult(() => ({ kind: 'error', text: words.fixFields() }) as R)
      return
    }
    const input = found.input
    setResult(null)
    await sending.run(
      () => steps.send(input, key.current()),
      (answer) => {
        const outcome = steps.saved(answer, input)
        if (!steps.keepKey) key.renew()
        setResult(() => outcome)
      },
      (error) => {
        const own = steps.refused?.(error, input)
        const fields = refusedFields(error)
        if (own) setResult(() => own)
        else if (fields && words.fieldErrors) {
          const mapped = words.fieldErrors(fields)
          setErrors(() => mapped)
          setResult(() => ({ kind: 'error', text: words.fixFields() }) as R)
        } else setResult(() => ({ kind: 'error', text: words.failed(error) }) as R)
      },
    )
  }

  return { errors, setErrors, result, setResult, busy: sending.busy, run: sending.run, key, submit }
}
