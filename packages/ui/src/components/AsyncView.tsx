import type { JSX, Resource } from 'solid-js'
import { Match, Switch } from 'solid-js'
import { errorCode, errorMessageKind } from '../api/request-error'
import { tc } from './translate-common'

/** Polite live region: announced once by screen readers, not on every re-render. */
export function Loading() {
  return (
    <p class="state state--loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {tc('state.loading')}
    </p>
  )
}

/** A friendly, translated explanation of a failed request, the code for support, and a retry button. */
export function ErrorState(props: { error: unknown; onRetry: () => void }) {
  return (
    <div class="state state--error" role="alert">
      <p class="state__title">{tc('error.title')}</p>
      <p>{tc(`error.${errorMessageKind(props.error)}`)}</p>
      <p class="state__code">{tc('error.code', { code: errorCode(props.error) })}</p>
      <button type="button" class="button" onClick={() => props.onRetry()}>
        {tc('error.retry')}
      </button>
    </div>
  )
}

/** Renders a resource's three states: loading, error with retry, and the data. */
export function AsyncView<T extends object>(props: {
  resource: Resource<T>
  onRetry: () => void
  children: (value: T) => JSX.Element
}) {
  const ready = () => {
    const state = props.resource.state
    return state === 'ready' || state === 'refreshing' ? props.resource.latest : undefined
  }
  return (
    <Switch fallback={<Loading />}>
      <Match when={props.resource.state === 'errored'}>
        <ErrorState error={props.resource.error} onRetry={props.onRetry} />
      </Match>
      <Match when={ready()} keyed>
        {(value) => props.children(value)}
      </Match>
    </Switch>
  )
}
