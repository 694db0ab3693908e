import type { PublicStations } from '@platform/contracts'
import { AsyncView, label, labelMatches, usePageTitle } from '@platform/ui'
import { A, useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { t } from '../i18n'

export function Stations() {
  usePageTitle(
    () => t('desk.home.title'),
    () => t('desk.appTitle'),
  )
  const [stations, { refetch }] = createResource(fetchStations)
  const [params, setParams] = useSearchParams<{ q: string }>()
  const query = () => params.q ?? ''

  return (
    <div class="stack">
      <h1>{t('desk.home.title')}</h1>
      <p class="lead">{t('desk.home.lead')}</p>
      <div class="field">
        <label class="field__label" for="station-filter">
          {t('desk.home.filter')}
        </label>
        <input
          id="station-filter"
          class="input"
          type="search"
          autocomplete="off"
          value={query()}
          onInput={(event) => setParams({ q: event.currentTarget.value || undefined }, { replace: true })}
        />
      </div>
      <AsyncView resource={stations} onRetry={refetch}>
        {(data) => <StationLinks stations={data.stations} query={query()} />}
      </AsyncView>
    </div>
  )
}

function StationLinks(props: { stations: PublicStations['stations']; query: string }) {
  const shown = () => props.stations.filter((station) => labelMatches(station.name, props.query))
  return (
    <div class="stack">
      <p role="status" class="muted">
        {t('desk.home.found', { count: shown().length })}
      </p>
      <Show when={shown().length > 0} fallback={<p>{t('search.noMatch', { query: props.query })}</p>}>
        <ul class="grid plain-list station-links">
          <For each={shown()}>
            {(station) => (
              <li>
                <A class="card station-link" href={`/stations/${station.id}`}>
                  {label(station.name)}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )
}
