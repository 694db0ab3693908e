import { type JSX, Show } from 'solid-js'

// A form field: its label tied to the control, the rule in words as a hint, and the field's error;
// both are read with the control (aria-describedby), which is marked invalid while the error shows.

export type FieldProps = { id: string; label: string; hint?: string; error?: string }

/** What the control needs to be tied to its hint and error (getters: the error comes and goes). */
export const describe = (p: FieldProps) => ({
  id: p.id,
  get 'aria-invalid'() {
    return p.error ? ('true' as const) : undefined
  },
  get 'aria-describedby'() {
    return [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-error` : ''].join(' ').trim() || undefined
  },
})

export function Field(props: FieldProps & { children: JSX.Element }) {
  return (
    <div class="field">
      <label class="field__label" for={props.id}>
        {props.label}
      </label>
      <Show when={props.hint}>
        <p class="muted tpl-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.error}>
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  )
}
