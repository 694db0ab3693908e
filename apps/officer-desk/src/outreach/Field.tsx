import { For, type JSX, Show } from 'solid-js'
import { ResultLine } from '../components/ResultLine'
import type { FormState } from './form-state'
import { to } from './messages'

// Fields of the desk's entry forms: a label tied to its control, and the field's error tied to it
// with aria-describedby (and aria-invalid) so a screen reader reads it with the field.

type Common<F extends string> = { form: FormState<F>; field: F; label: string }
const idOf = <F extends string>(p: Common<F>) => `${p.form.prefix}-${p.field}`
const describedBy = <F extends string>(p: Common<F>) => (p.form.errors()[p.field] ? `${idOf(p)}-error` : undefined)

function Wrap<F extends string>(props: Common<F> & { children: JSX.Element }) {
  return (
    <div class="field">
      <label class="field__label" for={idOf(props)}>
        {props.label}
      </label>
      {props.children}
      <Show when={props.form.errorText(props.field)}>
        {(text) => (
          <p class="field__error" id={`${idOf(props)}-error`}>
            {text()}
          </p>
        )}
      </Show>
    </div>
  )
}

export function InputField<F extends string>(
  props: Common<F> & { type?: 'text' | 'date' | 'month' | 'count'; max?: string; autocomplete?: string },
) {
  const isCount = () => props.type === 'count'
  return (
    <Wrap {...props}>
      <input
        id={idOf(props)}
        class="input"
        type={isCount() ? 'number' : (props.type ?? 'text')}
        inputmode={isCount() ? 'numeric' : undefined}
        min={isCount() ? '0' : undefined}
        step={isCount() ? '1' : undefined}
        max={props.max}
        autocomplete={props.autocomplete ?? 'off'}
        value={props.form.values()[props.field]}
        onInput={(event) => props.form.set(props.field, event.currentTarget.value)}
        aria-invalid={props.form.errors()[props.field] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </Wrap>
  )
}

export function SelectField<F extends string>(props: Common<F> & { options: { value: string; text: string }[] }) {
  return (
    <Wrap {...props}>
      <select
        id={idOf(props)}
        class="input"
        value={props.form.values()[props.field]}
        onChange={(event) => props.form.set(props.field, event.currentTarget.value)}
        aria-invalid={props.form.errors()[props.field] ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        <option value="">{to('form.choose')}</option>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.form.values()[props.field]}>
              {option.text}
            </option>
          )}
        </For>
      </select>
    </Wrap>
  )
}

/**
 * An entry form: sent from its submit button (busy while it sends, so a second tap waits), its
 * outcome announced below; `actions` are the form's other buttons (a correction after a 409).
 */
export function EntryForm<F extends string>(props: {
  form: FormState<F>
  onSubmit: () => void
  submit: string
  labelledBy?: string
  actions?: JSX.Element
  children: JSX.Element
}) {
  return (
    <form
      class="stack"
      novalidate
      aria-labelledby={props.labelledBy}
      onSubmit={(event) => {
        event.preventDefault()
        props.onSubmit()
      }}
    >
      {props.children}
      <div class="cluster">
        <button type="submit" class="button" disabled={props.form.busy()}>
          {props.form.busy() ? to('form.busy') : props.submit}
        </button>
        {props.actions}
      </div>
      <ResultLine id={`${props.form.prefix}-result`} result={props.form.result()} />
    </form>
  )
}
