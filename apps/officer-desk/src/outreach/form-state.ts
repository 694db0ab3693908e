import { createSignal } from 'solid-js'
import { createSubmission, errorCode, type Outcome } from '../components/submission'
import { type Errors, errorsFromApi } from './form-rules'
import { to } from './messages'

export type FormResult = Outcome

/** Why a request failed, in words, with the platform's code for support. */
export function failureText(error: unknown) {
  const code = errorCode(error)
  const known = ['NOT_FOUND', 'IDEMPOTENCY_KEY_REUSED', 'FORBIDDEN', 'NETWORK_ERROR']
  const reason = to(`form.reason.${known.includes(code) ? code : 'other'}` as Parameters<typeof to>[0])
  return to('form.failed', { reason, code })
}

/**
 * One entry form: its values, the error of each field (ids `<prefix>-<field>` and
 * `<prefix>-<field>-error`), the result line and the submission's Idempotency-Key. `maxOf` gives
 * count fields their upper limit for the error text.
 */
export function createFormState<F extends string>(
  prefix: string,
  empty: Record<F, string>,
  maxOf: Partial<Record<F, number>> = {},
) {
  const [values, setValues] = createSignal<Record<F, string>>({ ...empty })
  const fields = Object.keys(empty) as F[]
  const submission = createSubmission<Errors<F>>({
    keyPrefix: prefix,
    fixFields: () => to('form.fixFields'),
    failed: failureText,
    fieldErrors: (found) => errorsFromApi(found, fields),
  })
  const { errors, key } = submission

  const set = (field: F, value: string) => {
    setValues((old) => ({ ...old, [field]: value }))
    // Other values are another submission: a retry of these must not replay the earlier answer.
    key.renew()
  }
  const errorText = (field: F) => {
    const error = errors()[field]
    return error ? to(`form.error.${error}`, { max: (maxOf[field] ?? 0).toLocaleString() }) : undefined
  }

  /**
   * Checks, sends with the submission's key and words the answer. `onError` may take a refusal
   * the form handles itself (a 409) by returning its result.
   */
  function submit<I>(
    check: () => { errors: Errors<F>; input?: I },
    send: (input: I, idempotencyKey: string) => Promise<string>,
    options: { reset?: boolean; onError?: (error: unknown, input: I) => FormResult | undefined } = {},
  ) {
    return submission.submit({
      check,
      send,
      saved: (text) => {
        if (options.reset) setValues(() => ({ ...empty }))
        return { kind: 'ok', text }
      },
      refused: options.onError,
    })
  }

  return { ...submission, prefix, values, set, errorText, submit }
}

export type FormState<F extends string> = ReturnType<typeof createFormState<F>>
