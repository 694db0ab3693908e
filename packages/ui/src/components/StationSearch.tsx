import type { PublicStations } from '@platform/contracts'
import { For, type JSX, type Resource, Show } from 'solid-js'
import { labelMatches } from '../i18n/label'
import { findStations, type StationResult } from '../search/find-stations'
import { AsyncView } from './AsyncView'

type Props = {
  stations: Resource<PublicStations>
  onRetry: () => void
  /** The query and how to change it: the apps keep it in the URL (?q=) so back and shared links keep it. */
  query: string
  onQuery: (query: string) => void
  inputId: string
  label: string
  /** Match community names too (the public list), or station names only (the desk). */
  byCommunity: boolean
  /** The line announced as the results change (role=status). */
  status: (results: StationResult[], all: PublicStations, query: string) => string
  noMatch: (query: string) => string
  listClass: string
  children: (result: StationResult) => JSX.Element
}

/**
 * The station search list of the desk and the public intake app: a search field, a status line
 * that screen readers hear as the list changes, and the matching stations, each rendered by the
 * app (a card with its communities, or a link).
 */
export function StationSearch(props: Props) {
  return (
    <>
      <div class="field">
        <label class="field__label" for={props.inputId}>
          {props.label}
        </label>
        <input
          id={props.inputId}
          class="input"
          type="search"
          autocomplete="off"
          value={props.query}
          onInput={(event) => props.onQuery(event.currentTarget.value)}
        />
      </div>
      <AsyncView resource={props.stations} onRetry={props.onRetry}>
        {(data) => {
          const results = () =>
            findStations(data.stations, props.query, labelMatches, { byCommunity: props.byCommunity })
          return (
            <div class="stack">
              <p role="status" class="muted">
                {props.status(results(), data, props.query)}
              </p>
              <Show when={results().length > 0} fallback={<p>{props.noMatch(props.query)}</p>}>
                <ul class={`grid plain-list ${props.listClass}`}>
                  <For each={results()}>{(result) => props.children(result)}</For>
                </ul>
              </Show>
            </div>
          )
        }}
      </AsyncView>
    </>
  )
}
