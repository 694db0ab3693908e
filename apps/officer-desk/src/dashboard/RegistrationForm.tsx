import type { Registration, StationDetail } from '@platform/contracts'
import { formatPercent, getStaffJson, label, locale, RequestError } from '@platform/ui'
import { createResource, createSignal, For, Show } from 'solid-js'
import { beijingMonth } from '../components/beijing-time'
import { ResultLine } from '../components/ResultLine'
import { sendStaffJson } from '../components/send-json'
import { checked, createSubmission, errorCode } from '../components/submission'
import { td } from './messages'
import {
  type CountField,
  checkRegistration,
  errorsFromApi,
  type FieldError,
  type FormField,
  type FormValues,
} from './registration-rules'

const EMPTY: FormValues = {
  communityId: '',
  month: '',
  floatingKnown: '',
  floatingRegistered: '',
  rentalKnown: '',
  rentalRegistered: '',
  illegalRentalPenalties: '',
}

const COUNT_LABELS: [CountField, Parameters<typeof td>[0]][] = [
  ['floatingKnown', 'dash.form.floatingKnown'],
  ['floatingRegistered', 'dash.form.floatingRegistered'],
  ['rentalKnown', 'dash.form.rentalKnown'],
  ['rentalRegistered', 'dash.form.rentalRegistered'],
  ['illegalRentalPenalties', 'dash.form.penalties'],
]

const ERROR_TEXT: Record<FieldError, Parameters<typeof td>[0]> = {
  required: 'dash.error.required',
  count: 'dash.error.count',
  overKnown: 'dash.error.overKnown',
  futureMonth: 'dash.error.futureMonth',
  month: 'dash.error.month',
  invalid: 'dash.error.invalid',
}

/**
 * A station's own people record a community's month. The form checks what the API checks and
 * shows each refusal on its field; a month already on record can be corrected (PUT) on purpose.
 */
export function RegistrationForm(props: { stationId: string; onSaved: () => void }) {
  const [station] = createResource(
    () => props.stationId,
    (id) => getStaffJson<StationDetail>(`/api/communities/stations/${id}`),
  )
  const [values, setValues] = createSignal<FormValues>({ ...EMPTY })
  const { errors, busy, result, key, submit } = createSubmission<Partial<Record<FormField, FieldError>>>({
    keyPrefix: 'registration',
    fixFields: () => td('dash.form.fixFields'),
    failed: (error) => td('dash.form.failed', { code: errorCode(error) }),
    fieldErrors: errorsFromApi,
  })

  const set = (field: FormField) => (event: { currentTarget: { value: string } }) => {
    setValues({ ...values(), [field]: event.currentTarget.value })
    key.renew()
  }

  const save = (mode: 'create' | 'correct') => {
    const base = `/api/communities/communities/${values().communityId}/registrations`
    return submit({
      check: () => {
        const { errors: found, counts } = checkRegistration(values(), beijingMonth())
        return checked(found, () => counts)
      },
      send: (counts, idempotencyKey) =>
        mode === 'create'
          ? sendStaffJson<Registration>(
              'POST',
              base,
              { month: values().month, ...counts },
              { 'Idempotency-Key': idempotencyKey },
            )
          : sendStaffJson<Registration>('PUT', `${base}/${values().month}`, counts),
      saved: (saved) => {
        props.onSaved()
        return {
          kind: 'ok',
          text: saved.doubleHundred
            ? td('dash.form.savedDouble')
            : td('dash.form.saved', {
                floating: formatPercent(saved.floatingRate, locale(), 1),
                rental: formatPercent(saved.rentalRate, locale(), 1),
              }),
        }
      },
      refused: (error) =>
        error instanceof RequestError && error.code === 'REGISTRATION_EXISTS'
          ? { kind: 'exists', text: td('dash.form.exists') }
          : undefined,
      // A second tap on the same values replays the saved answer rather than meeting the 409.
      keepKey: true,
    })
  }

  const describedBy = (field: FormField) => (errors()[field] ? `registration-${field}-error` : undefined)
  const FieldMessage = (p: { field: FormField }) => (
    <Show when={errors()[p.field]}>
      {(error) => (
        <p class="field__error" id={`registration-${p.field}-error`}>
          {td(ERROR_TEXT[error()])}
        </p>
      )}
    </Show>
  )

  return (
    <section class="stack" aria-labelledby="registration-form-title">
      <h2 id="registration-form-title">{td('dash.form.title')}</h2>
      <p class="muted">{td('dash.form.lead')}</p>
      <form
        class="stack"
        novalidate
        aria-describedby="registration-result"
        onSubmit={(event) => {
          event.preventDefault()
          void save('create')
        }}
      >
        <div class="registration-grid">
          <div class="field">
            <label class="field__label" for="registration-communityId">
              {td('dash.form.community')}
            </label>
            <select
              id="registration-communityId"
              class="input"
              value={values().communityId}
              onChange={set('communityId')}
              aria-invalid={errors().communityId ? 'true' : undefined}
              aria-describedby={describedBy('communityId')}
            >
              <option value="" />
              <For each={station()?.communities ?? []}>{(c) => <option value={c.id}>{label(c.name)}</option>}</For>
            </select>
            <FieldMessage field="communityId" />
          </div>
          <div class="field">
            <label class="field__label" for="registration-month">
              {td('dash.form.month')}
            </label>
            <input
              id="registration-month"
              class="input"
              type="month"
              max={beijingMonth()}
              value={values().month}
              onInput={set('month')}
              aria-invalid={errors().month ? 'true' : undefined}
              aria-describedby={describedBy('month')}
            />
            <FieldMessage field="month" />
          </div>
          <For each={COUNT_LABELS}>
            {([field, text]) => (
              <div class="field">
                <label class="field__label" for={`registration-${field}`}>
                  {td(text)}
                </label>
                <input
                  id={`registration-${field}`}
                  class="input"
                  type="number"
                  inputmode="numeric"
                  min="0"
                  step="1"
                  value={values()[field]}
                  onInput={set(field)}
                  aria-invalid={errors()[field] ? 'true' : undefined}
                  aria-describedby={describedBy(field)}
                />
                <FieldMessage field={field} />
              </div>
            )}
          </For>
        </div>
        <div class="cluster">
          <button type="submit" class="button" disabled={busy()}>
            {busy() ? td('dash.form.busy') : td('dash.form.submit')}
          </button>
          <Show when={result()?.kind === 'exists'}>
            <button
              type="button"
              class="button button--secondary"
              disabled={busy()}
              onClick={() => void save('correct')}
            >
              {td('dash.form.correct')}
            </button>
          </Show>
        </div>
        <ResultLine id="registration-result" result={result()} />
      </form>
    </section>
  )
}
