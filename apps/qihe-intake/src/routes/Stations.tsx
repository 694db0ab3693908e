import type { PublicStations } from '@platform/contracts'
import { AsyncView, label, labelMatches, usePageTitle } from '@platform/ui'
import { A, useSearchParams } from '@solidjs/router'
import { createResource, For, Show } from 'solid-js'
import { fetchStations } from '../api'
import { t } from '../i18n'
import { findStations } from '../station-search'

export function Stations() {
  usePageTitle(
    () => t('qihe.stations.title'),
    () => t('qihe.appTitle'),
  )
  const [stations, { refetch }] = createResource(fetchStations)
  // The query lives in the URL (?q=) so the back button and a shared link keep it.
  const [params, setParams] = useSearchParams<{ q: string }>()
  const query = () => params.q ?? ''

  return (
    <div class="stack">
      <h1>{t('qihe.stations.title')}</h1>
      <p class="lead">{t('qihe.stations.lead')}</p>
      <div class="field">
        <label class="field__label" for="station-search">
          {t('qihe.stations.search')}
        </label>
        <input
          id="station-search"
          class="input"
          type="search"
          autocomplete="off"
          value={query()}
          onInput={(event) => setParams({ q: event.currentTarget.value || undefined }, { replace: true })}
        />
      </div>
      <AsyncView resource={stations} onRetry={refetch}>
        {(data) => <StationResults data={data} query={query()} />}
      </AsyncView>
    </div>
  )
}

function StationResults(props: { data: PublicStations; query: string }) {
  const results = () => findStations(props.data.stations, props.query, labelMatches)
  const communityTotal = () => props.data.stations.reduce((sum, station) => sum + station.communities.length, 0)
  return (
    <div class="stack">
      <p role="status" class="muted">
        {props.query.trim() === ''
          ? t('qihe.stations.summary', { stations: props.data.stations.length, communities: communityTotal() })
          : t('qihe.stations.found', { count: results().length })}
      </p>
      <Show when={results().length > 0} fallback={<p>{t('search.noMatch', { query: props.query })}</p>}>
        <ul class="grid plain-list">
          <For each={results()}>
            {(result) => (
              <li class="card">
                <h2 class="card__title">
                  <A href={`/stations/${result.station.id}`}>{label(result.station.name)}</A>
                </h2>
                <p class="muted">{t('qihe.stations.communityCount', { count: result.station.communities.length })}</p>
                <Show when={result.communities.length < result.station.communities.length}>
                  <p>{t('qihe.stations.matching')}</p>
                </Show>
                <ul class="tags">
                  <For each={result.communities}>{(community) => <li class="tag">{label(community.name)}</li>}</For>
                </ul>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )
}
