import { For, Show } from 'solid-js'

// The labelled inputs the disputes' staff forms are made of (triage, hand-over, roster): a label
// tied to its control by id, the value kept by the form.

/** A labelled text input. */
export function TextField(props: {
  id: string
  label: string
  value: string
  onInput: (value: string) => void
  name?: string
  required?: boolean
}) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <input
        class="input"
        id={props.id}
        name={props.name}
        required={props.required}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  )
}

/** A labelled choice of one of a few options, each worded by `optionText`. */
export function SelectField<T extends string>(props: {
  id: string
  label: string
  value: T
  options: readonly T[]
  optionText: (option: T) => string
  onChange: (value: T) => void
  name?: string
}) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <select
        class="input"
        id={props.id}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        <For each={props.options}>{(option) => <option value={option}>{props.optionText(option)}</option>}</For>
      </select>
    </div>
  )
}

/** A staff action's refusal in words (the rule named), announced at once; nothing until there is one. */
export function RefusalLine(props: { message: string | null }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p class="state state--error" role="alert">
          {message()}
        </p>
      )}
    </Show>
  )
}
