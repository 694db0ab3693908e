import type { NominationKind } from '@platform/contracts'
import { RequestError, usePageTitle } from '@platform/ui'
import { useNavigate } from '@solidjs/router'
import { createSignal, For, Show } from 'solid-js'
import { fileNomination } from '../board-api'
import { ruleText, t } from '../i18n'
import {
  checkNomination,
  type FieldErrors,
  fieldErrorsOf,
  NOMINATION_KINDS,
  type NominationField,
} from '../nomination-form'

/**
 * Filing a nomination (a station head for the station, the branch for any): the kind decides
 * whether the period is a quarter or a year. Field errors sit under their inputs; a rule the
 * server refuses with (quota, one star, no snapshot) is named in words above the submit button.
 */
export function FileNomination() {
  usePageTitle(
    () => t('nfile.title'),
    () => t('board.appTitle'),
  )
  const navigate = useNavigate()
  const [kind, setKind] = createSignal<NominationKind>('star_of_quarter')
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [refusal, setRefusal] = createSignal<string | null>(null)
  const [sending, setSending] = createSignal(false)
  // One key per form made on this device: a double submit or a retry after a lost answer files once.
  const idempotencyKey = crypto.randomUUID()
  let form: HTMLFormElement | undefined

  const focusFirstError = (found: FieldErrors) => {
    const first = (['kind', 'officerId', 'period', 'reason'] as const).find((f) => found[f])
    if (first) form?.querySelector<HTMLElement>(`#nom-${first}`)?.focus()
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (!form || sending()) return
    const data = new FormData(form)
    const text = (name: string) => String(data.get(name) ?? '').trim()
    const checked = checkNomination({
      kind: text('kind'),
      officerId: text('officerId'),
      period: text('period'),
      reason: String(data.get('reason') ?? ''),
    })
    setErrors(checked.errors)
    setRefusal(null)
    if (!checked.body) return focusFirstError(checked.errors)
    setSending(true)
    try {
      const filed = await fileNomination(checked.body, idempotencyKey)
      navigate(`/nominations/${filed.id}`)
    } catch (err) {
      const code = err instanceof RequestError ? err.code : 'NETWORK_ERROR'
      const fields = fieldErrorsOf(code, err instanceof RequestError ? err.details : null)
      setErrors(fields)
      if (Object.keys(fields).length > 0) focusFirstError(fields)
      else setRefusal(ruleText(code))
    } finally {
      setSending(false)
    }
  }

  const invalid = (field: NominationField) => (errors()[field] ? 'true' : undefined)
  const describedBy = (field: NominationField, hint?: string) =>
    [hint, errors()[field] ? `nom-${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const FieldError = (props: { field: NominationField }) => (
    <Show when={errors()[props.field]}>
      {(key) => (
        <p class="field__error" id={`nom-${props.field}-error`}>
          {t(key())}
        </p>
      )}
    </Show>
  )

  return (
    <form class="stack-lg" aria-labelledby="nom-title" noValidate ref={form} onSubmit={submit}>
      <section class="stack">
        <h1 id="nom-title">{t('nfile.title')}</h1>
        <p class="lead">{t('nfile.lead')}</p>
      </section>
      <Show when={Object.keys(errors()).length > 0}>
        <p class="form-error" role="alert">
          {t('nfile.error.summary', { count: Object.keys(errors()).length })}
        </p>
      </Show>
      <div class="field">
        <label class="field__label" for="nom-kind">
          {t('nfile.kind')}
        </label>
        <select
          class="input"
          id="nom-kind"
          name="kind"
          aria-invalid={invalid('kind')}
          aria-describedby={describedBy('kind')}
          onChange={(e) => setKind(e.currentTarget.value as NominationKind)}
        >
          <For each={NOMINATION_KINDS}>{(k) => <option value={k}>{t(`kind.${k}`)}</option>}</For>
        </select>
        <FieldError field="kind" />
      </div>
      <div class="field">
        <label class="field__label" for="nom-officerId">
          {t('nfile.officer')}
        </label>
        <input
          class="input"
          id="nom-officerId"
          name="officerId"
          autocomplete="off"
          spellcheck={false}
          required
          aria-invalid={invalid('officerId')}
          aria-describedby={describedBy('officerId', 'nom-officerId-hint')}
        />
        <p class="muted" id="nom-officerId-hint">
          {t('nfile.officer.hint')}
        </p>
        <FieldError field="officerId" />
      </div>
      <div class="field">
        <label class="field__label" for="nom-period">
          {t('nfile.period')}
        </label>
        <input
          class="input"
          id="nom-period"
          name="period"
          required
          autocomplete="off"
          aria-invalid={invalid('period')}
          aria-describedby={describedBy('period', 'nom-period-hint')}
        />
        <p class="muted" id="nom-period-hint">
          {t(`nfile.period.hint.${kind()}`)}
        </p>
        <FieldError field="period" />
      </div>
      <div class="field">
        <label class="field__label" for="nom-reason">
          {t('nfile.reason')}
        </label>
        <textarea
          class="input"
          id="nom-reason"
          name="reason"
          rows="5"
          required
          maxLength={4000}
          aria-invalid={invalid('reason')}
          aria-describedby={describedBy('reason')}
        />
        <FieldError field="reason" />
      </div>
      <Show when={refusal()}>
        {(message) => (
          <p class="form-error" role="alert">
            {t('form.error', { message: message() })}
          </p>
        )}
      </Show>
      <button class="button" type="submit" disabled={sending()} aria-busy={sending() ? 'true' : undefined}>
        {sending() ? t('nfile.sending') : t('nfile.submit')}
      </button>
    </form>
  )
}
