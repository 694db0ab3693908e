import type { Outcome } from './submission'

/** A form's outcome, announced politely; empty (and hidden) until there is one. */
export function ResultLine(props: { id: string; result: Outcome | null }) {
  return (
    <p
      id={props.id}
      class={props.result?.kind === 'ok' ? 'state' : props.result ? 'state state--error' : 'visually-hidden'}
      role="status"
    >
      {props.result?.text ?? ''}
    </p>
  )
}
