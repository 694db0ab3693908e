import type { JSX, Resource } from 'solid-js'
import { Match, Show, Switch } from 'solid-js'
import { errorCode, errorMessageKind, isForbidden } from '../api/request-error'
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

/**
 * A friendly, translated explanation of a failed request, the code for support, and a retry
 * button; a 403 (the role may not see this) gets its own state without retry, since asking again
 * cannot change the answer.
 */
export function ErrorState(props: { error: unknown; onRetry: () => void }) {
  return (
    <Show when={!isForbidden(props.error)} fallback={<ForbiddenState error={props.error} />}>
      <div class="state state--error" role="alert">
        <p class="state__title">{tc('error.title')}</p>
        <p>{tc(`error.${errorMessageKind(props.error)}`)}</p>
        <p class="state__code">{tc('error.code', { code: errorCode(props.error) })}</p>
        <button type="button" class="button" onClick={() => props.onRetry()}>
          {tc('error.retry')}
        </button>
      </div>
    </Show>
  )
}

/** Signed in, but the role or scope does not reach this part: say so plainly, with the code for support. */
export function ForbiddenState(props: { error: unknown }) {
  return (
    <div class="state state--forbidden" role="status">
      <p class="state__title">{tc('error.forbidden.title')}</p>
      <p>{tc('error.forbidden')}</p>
      <p class="state__code">{tc('error.code', { code: errorCode(props.error) })}</p>
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
